"""No network at run time, and no NLTK download, ever."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT

PROBE = textwrap.dedent(
    """
    import os, socket, sys
    def refuse(*a, **k):
        raise OSError("network refused by test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    os.environ["NLTK_DATA"] = os.path.join(sys.argv[1], "no-nltk-here")
    from helper import analyze
    r = analyze("After all I've done for you, you can't even call? I felt sad. How was the trip?")
    assert r.findings and r.readability.words > 10 and r.readability.grade >= 0
    assert "nltk" not in sys.modules, "textstat must not pull in NLTK"
    assert "pkg_resources" not in sys.modules, "textstat gets a small standard-library shim instead"
    print("offline ok")
    """
)


def test_analyze_runs_with_every_connection_refused_and_no_nltk_data(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(ROOT)}
    p = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "offline ok" in p.stdout
    assert not (home / "nltk_data").exists()


def test_streamlit_config_keeps_the_app_private():
    import tomllib

    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["server"]["address"] in ("127.0.0.1", "localhost")
    assert cfg["server"]["headless"] is True
