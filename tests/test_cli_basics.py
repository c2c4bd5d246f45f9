"""The command line's own behaviour: help, version, usage errors."""

from __future__ import annotations

from footspine_viz.cli import main


def test_version_prints_and_exits_zero(capsys):
    assert main(["--version"]) == 0
    assert "footspine-viz" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "--help" in err


def test_no_command_prints_help_and_fails(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_a_failed_write_is_one_line_not_a_traceback(monkeypatch, capsys):
    """Disk full or a read-only file system after the checks: exit 1, one line."""
    from footspine_viz.cli import knowledge_cmd

    def full_disk(args):
        raise OSError(28, "No space left on device", "/data/fig.png")

    monkeypatch.setattr(knowledge_cmd, "_validate", full_disk)
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "/data/fig.png" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_show_refuses_a_nonsense_window_size(capsys):
    assert main(["show", "--size", "foo"]) == 2
    assert "WIDTHxHEIGHT" in capsys.readouterr().err
    assert main(["show", "--size", "0x0"]) == 2
