"""``footspine-viz serve`` (the web explorer) and ``footspine-viz show`` (a desktop window)."""

from __future__ import annotations

import argparse


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"a port is 1..65535, not {text}")
    return value


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add this module's subcommands to sub."""
    p = sub.add_parser(
        "serve",
        help="serve the 3D explorer to web browsers",
        description="Serve the explorer on http://HOST:PORT/. Each browser tab gets its own "
        "process and its own selection; rendering happens here, so browsers need no GPU and "
        "nothing is loaded from the internet.",
    )
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: all)")
    p.add_argument("--port", type=_port, default=8080, help="port for the front door (default 8080)")
    p.add_argument("--kiosk", action="store_true",
                   help="clinic screen: large plain text, no settings or export, attract loop when idle")
    p.add_argument("--mode", choices=("patient", "student"), default="patient",
                   help="wording at start (default patient)")
    p.add_argument("--idle-seconds", type=_positive, default=90.0,
                   help="kiosk: return to the home view after this long untouched (default 90)")
    p.add_argument("--attract-seconds", type=_positive, default=8.0,
                   help="kiosk: seconds per step of the attract tour (default 8)")
    p.add_argument("--max-sessions", type=_count, default=8,
                   help="most visitors served at once, one process each (default 8, ~0.6 GB each)")
    p.add_argument("--single", action="store_true",
                   help="one process for everyone: all tabs share one selection (a single kiosk screen)")
    p.set_defaults(func=_serve)

    s = sub.add_parser("show", help="open the explorer in a desktop window",
                       description="A PyVista window with the same selection and picking. Keys: "
                       "4, 5, 1 roots; s next site; m patient/student; v next view; p screenshot; h help.")
    s.add_argument("--mode", choices=("patient", "student"), default="patient")
    s.add_argument("--size", default="1280x800", help="window size WxH (default 1280x800)")
    s.set_defaults(func=_show)


def _worker_args(args: argparse.Namespace) -> list[str]:
    out = ["--mode", args.mode, "--idle-seconds", str(args.idle_seconds),
           "--attract-seconds", str(args.attract_seconds)]
    if args.kiosk:
        out.append("--kiosk")
    return out


def _serve(args: argparse.Namespace) -> int:
    import logging

    from footspine_viz.ui import launcher

    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("footspine_viz").setLevel(logging.INFO)
    sock = launcher.bind_check(args.host, args.port)  # clear message before any heavy work
    sock.close()
    # Build the atlas here, once, with a progress bar (first run only; later
    # runs load it in a fraction of a second), rather than silently inside
    # the first visitor's worker process.
    from footspine_viz.atlas import load_atlas

    load_atlas(progress=True)
    url = f"http://{'127.0.0.1' if args.host in ('0.0.0.0', '::') else args.host}:{args.port}/"
    if args.single:
        from footspine_viz.ui import worker

        print(f"footspine-viz: serving one shared session on {url}", flush=True)
        return worker.main(["--host", args.host, "--port", str(args.port), *_worker_args(args)])

    def ready(_addr: object) -> None:
        print(f"footspine-viz: open {url}  (one process per tab, at most {args.max_sessions})",
              flush=True)

    launcher.run(args.host, args.port, _worker_args(args), max_sessions=args.max_sessions,
                 on_ready=ready)
    return 0


def _show(args: argparse.Namespace) -> int:
    from footspine_viz.ui import desktop
    from footspine_viz.render.export import parse_size  # checked: a UserError on nonsense

    return desktop.main(mode=args.mode, size=parse_size(args.size))
