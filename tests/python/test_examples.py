"""The example notebook runs top to bottom; the stubs match the runtime."""

import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_notebook_executes_top_to_bottom():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    path = ROOT / "examples" / "tinbai_tour.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="tinbai"' in o["data"]["text/html"] for o in html), "the HTML view rendered"


def test_stubs_match_runtime():
    pytest.importorskip("mypy")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "tinbai", "--ignore-missing-stub"],
        capture_output=True,
        text=True,
        cwd=str(ROOT / "tests"),
    )
    assert out.returncode == 0, out.stdout + out.stderr
