"""External programs and files the tool depends on: found the same way everywhere (issue 14)."""
from __future__ import annotations

import base64
import sys
from pathlib import Path

import pytest
from conftest import REPO

from briefbuild.commands import doctor, look
from briefbuild.commands.watch import editor_temp
from briefbuild.errors import ToolError
from briefbuild.rendering.render import stylesheet
from briefbuild.tools import find_chromium, pip_install


def executable(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\necho 'Chromium 1.0'\n")
    path.chmod(0o755)
    return path


def test_chromium_is_found_on_path_under_any_of_its_names(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFBUILD_CHROMIUM", raising=False)
    ubuntu = executable(tmp_path / "bin", "chromium-browser")
    assert find_chromium(str(tmp_path / "bin")) == ubuntu
    assert find_chromium(str(tmp_path / "empty")) is None


def test_look_and_doctor_agree_on_where_chromium_is(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFBUILD_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    (chromium,) = [c for c in doctor.test_tool_checks() if c.name.startswith("Chromium")]
    assert not chromium.ok
    with pytest.raises(ToolError, match="no Chromium on PATH"):  # not /usr/bin/chromium behind PATH's back
        look.html_shots(tmp_path / "b.html", tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    found = executable(tmp_path / "bin", "chromium")
    (chromium,) = [c for c in doctor.test_tool_checks() if c.name.startswith("Chromium")]
    assert chromium.ok and find_chromium() == found


def test_install_hints_name_this_environments_pip():
    hint = pip_install("playwright")
    assert hint.startswith(str(Path(sys.executable).parent / "pip")) or hint.startswith(sys.executable)
    assert hint.endswith(" install playwright")
    assert pip_install("weasyprint>=70,<71").endswith("install 'weasyprint>=70,<71'")


@pytest.mark.parametrize(("name", "temporary"), [
    ("b1.yaml", False), ("people.yaml", False), ("s1.txt", False), ("base.css", False), ("pyproject.toml", False),
    (".#b1.yaml", True), ("#b1.yaml#", True), ("b1.yaml~", True), (".b1.yaml.swp", True), ("b1.yaml.swp", True),
    (".b1.yaml.swx", True), ("4913", True), ("b1.yaml.tmp", True), (".goutputstream-AB12", True), ("b1.yaml.bak", True),
])
def test_watch_ignores_the_files_editors_write_while_saving(name, temporary):
    assert editor_temp(name) is temporary


def test_the_web_page_uses_the_web_fonts_on_disk_now(tmp_path):
    """A watcher regenerating templates/fonts/ gets the new fonts, as the output keys say."""
    templates = tmp_path / "templates"
    (templates / "css").mkdir(parents=True)
    for name in ("base", "screen"):
        (templates / "css" / f"{name}.css").write_text("body {}\n")
    (templates / "fonts").mkdir()
    font = templates / "fonts" / "brief-serif-regular.woff2"
    font.write_bytes(b"first font")
    assert base64.b64encode(b"first font").decode() in stylesheet(templates, "screen")
    font.write_bytes(b"second font")
    css = stylesheet(templates, "screen")
    assert base64.b64encode(b"second font").decode() in css and base64.b64encode(b"first font").decode() not in css


def test_the_browser_tests_use_the_shared_lookup():
    launched = []
    for path in [REPO / "tests" / "conftest.py", *sorted((REPO / "tests" / "e2e").glob("test_*.py"))]:
        text = path.read_text("utf-8")
        assert "/usr/bin/chromium" not in text, path.name
        if "chromium.launch(" in text:  # every launch finds Chromium as look and doctor do
            assert "find_chromium()" in text, path.name
            launched.append(path.name)
    assert "conftest.py" in launched  # the shared `browser` fixture
    assert "/usr/bin/chromium" not in (REPO / "briefbuild" / "commands" / "look.py").read_text("utf-8")


def test_an_external_program_that_hangs_or_is_missing_is_a_message_not_a_traceback(tmp_path):
    """export, import and look run pandoc and pdftoppm through this one helper."""
    from briefbuild.rendering.cite import pandoc_path
    from briefbuild.tools import run_tool
    with pytest.raises(ToolError, match=r"^pandoc did not finish within 1e-06 s"):
        run_tool([pandoc_path(), "--version"], "pandoc", timeout=0.000001)
    with pytest.raises(ToolError, match=r"^cannot run pdftoppm: No such file or directory"):
        run_tool([str(tmp_path / "pdftoppm")], "pdftoppm")
    assert run_tool([pandoc_path(), "--version"], "pandoc", text=True).stdout.startswith("pandoc")


def test_importing_and_looking_go_through_the_helper():
    for module in ("importer", "look"):
        text = (REPO / "briefbuild" / "commands" / f"{module}.py").read_text("utf-8")
        assert "subprocess.run(" not in text and "run_tool(" in text, module
