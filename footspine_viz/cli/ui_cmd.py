"""``footspine-viz serve`` and ``build-web`` (the browser explorer) and ``show`` (a desktop window)."""

from __future__ import annotations

import argparse


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"a port is 1..65535, not {text}")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to sub."""
    p = sub.add_parser(
        "serve",
        help="serve the 3D explorer to web browsers",
        description="Build the explorer's static site (first run, or when the atlas, the annotations "
        "or the package changed) and serve it on http://HOST:PORT/. Each browser draws the 3D view "
        "itself, so any number of visitors can be served, and nothing is loaded from the internet.",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: all)",
    )
    p.add_argument("--port", type=_port, default=8080, help="port (default 8080)")
    p.add_argument(
        "--kiosk",
        action="store_true",
        help="clinic screen: large plain text, no settings or export, attract tour when idle",
    )
    p.add_argument(
        "--site",
        default=None,
        help="serve this already built folder (from build-web) instead of the cached one",
    )
    p.set_defaults(func=_serve)

    b = sub.add_parser(
        "build-web",
        help="write the browser explorer as static files",
        description="Write a self-contained site (index.html, scripts, geometry, texts) that any "
        "static web server, or a USB stick opened in a browser via a local server, can serve.",
    )
    b.add_argument(
        "--out", required=True, help="folder to write (created; must be empty unless --force)"
    )
    b.add_argument("--force", action="store_true", help="replace a site already in --out")
    b.set_defaults(func=_build_web)

    s = sub.add_parser(
        "show",
        help="open the explorer in a desktop window",
        description="A PyVista window with the same selection and picking. Keys: "
        "4, 5, 1 roots; s next site; m patient/student; v next view; p screenshot; h help.",
    )
    s.add_argument("--mode", choices=("patient", "student"), default="patient")
    s.add_argument("--size", default="1280x800", help="window size WxH (default 1280x800)")
    s.set_defaults(func=_show)


def _build_web(args: argparse.Namespace) -> int:
    from footspine_viz.web.build import check_target, write_site

    check_target(args.out, args.force)  # clear message before any heavy work
    out = write_site(args.out, force=args.force, progress=True)
    print(f"footspine-viz: wrote {out} (serve it with any static web server)")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from footspine_viz.errors import UserError
    from footspine_viz.web import serve
    from footspine_viz.web.build import ensure_site

    sock = serve.bind_check(args.host, args.port)  # clear message before any heavy work
    try:
        if args.site:
            folder = Path(args.site)
            if not (folder / "manifest.json").is_file():
                raise UserError(
                    f"{folder} holds no built site (no manifest.json)",
                    f"build one with: footspine-viz build-web --out {folder}",
                )
        else:
            folder = ensure_site(progress=True)
        server = serve.make_server(folder, sock, kiosk=args.kiosk, quiet=True)
    except BaseException:
        sock.close()
        raise
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    print(
        f"footspine-viz: open http://{shown}:{args.port}/{'?kiosk' if args.kiosk else ''}  "
        f"(serving {folder}; Ctrl+C stops)",
        flush=True,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _show(args: argparse.Namespace) -> int:
    from footspine_viz.render.export import parse_size  # checked: a UserError on nonsense
    from footspine_viz.ui import desktop

    return desktop.main(mode=args.mode, size=parse_size(args.size))
