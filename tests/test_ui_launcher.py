"""The launcher's front door with stand-in workers (no VTK): one process per visitor."""

from __future__ import annotations

import json
import sys
import textwrap
import threading
import time
import urllib.error
import urllib.request
from http.server import ThreadingHTTPServer

import pytest

from footspine_viz.ui.launcher import Launcher

FAKE_WORKER = textwrap.dedent("""
    import signal, socket, sys, time
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)  # the launcher's "claimed" note
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1)
    print("FOOTSPINE_WORKER_READY", s.getsockname()[1], flush=True)
    time.sleep(120)
""")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture()
def front(tmp_path):
    script = tmp_path / "fake_worker.py"
    script.write_text(FAKE_WORKER)
    launcher = Launcher("127.0.0.1", [], max_sessions=2, spares=1, spare_delay=0.0,
                        worker_cmd=[sys.executable, str(script)])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), launcher.handler())
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    launcher.top_up()
    yield launcher, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    launcher.close()


def get(url):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


def wait_ready(url):
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if json.loads(get(url + "health")[2])["ready_spares"]:
            return
        time.sleep(0.1)
    pytest.fail("no spare became ready")


def test_each_visitor_gets_a_process_of_their_own_until_full(front):
    launcher, url = front
    wait_ready(url)
    code, headers, _ = get(url)
    assert code == 303
    first = headers["Location"]
    wait_ready(url)
    code, headers, _ = get(url)
    assert code == 303 and headers["Location"] != first
    assert json.loads(get(url + "health")[2])["sessions"] == 2
    code, headers, body = get(url)  # max_sessions reached
    assert code == 503 and "in use" in body and headers["Retry-After"] == "30"


def test_a_visitor_waits_on_a_page_that_retries_while_a_spare_starts(front):
    launcher, url = front
    launcher.close()  # no spare ready now
    launcher.workers.clear()
    code, _, body = get(url)
    assert code == 200 and 'http-equiv="refresh"' in body and "Preparing" in body


def test_unknown_paths_are_404(front):
    _, url = front
    assert get(url + "admin")[0] == 404
