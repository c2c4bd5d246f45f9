"""``serve`` refuses a taken port or a bad host with a clear message, before any heavy work."""

from __future__ import annotations

import socket

from footspine_viz.cli import main


def test_port_in_use_is_a_clear_error(capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"port {port} on 127.0.0.1 is already in use" in err
    assert "--port" in err and "Traceback" not in err


def test_bad_host_is_a_clear_error(capsys):
    assert main(["serve", "--host", "no-such-host.invalid", "--port", "8123"]) == 2
    err = capsys.readouterr().err
    assert "cannot listen on host 'no-such-host.invalid'" in err


def test_address_not_on_this_machine_is_a_clear_error(capsys):
    assert main(["serve", "--host", "192.0.2.1", "--port", "8124"]) == 2  # TEST-NET-1
    assert "is not an address of this machine" in capsys.readouterr().err


def test_bad_port_number_is_a_usage_error(capsys):
    assert main(["serve", "--port", "70000"]) == 2
    assert "a port is 1..65535" in capsys.readouterr().err


def test_serve_and_show_are_listed_in_help(capsys):
    main(["--help"])
    out = capsys.readouterr().out
    assert "serve" in out and "show" in out
