"""watch lists only real inputs as changes, never the files editors write while saving (issue 14)."""
from __future__ import annotations

import time

from conftest import SAMPLE_BRIEF
from test_watch import Running, edit


def test_editors_temporary_files_are_not_changes(project):
    watcher = Running(project, "watch", "--format", "html")
    try:
        watcher.expect(r"^watching")
        time.sleep(0.5)
        briefs = project / "briefs"
        (briefs / f".#{SAMPLE_BRIEF}.yaml").symlink_to("analyst@host.4242:1700000000")  # Emacs's lock, dangling
        for name in ("4913", f"{SAMPLE_BRIEF}.yaml~", f".{SAMPLE_BRIEF}.yaml.swp", f"#{SAMPLE_BRIEF}.yaml#",
                     f"{SAMPLE_BRIEF}.yaml.tmp"):
            (briefs / name).write_text("x", "utf-8")
        edit(briefs / f"{SAMPLE_BRIEF}.yaml", "title: Japan and NATO", "title: Japan and NATO, saved")
        line = watcher.expect(r"^changed: ").string
        assert line == f"changed: briefs/{SAMPLE_BRIEF}.yaml"
        watcher.expect(r"^1 written, 0 up to date, 0 failed")
    finally:
        watcher.stop()


def test_word_owner_files_and_sed_temporaries_are_neither_changes_nor_inputs(project):
    """Word on a share keeps `~$<name>` beside a file it has open (`~$pan-nato.yaml` for
    japan-nato.yaml): check failed on it as a misnamed brief ("not a valid id") while Word was
    open, and watch listed it, as it listed `sed -i`'s sedXXXXXX, as a change."""
    from conftest import cli

    from briefbuild.commands.watch import editor_temp
    owner = project / "briefs" / f"~${SAMPLE_BRIEF[2:]}.yaml"
    owner.write_bytes(b"\x0canalyst" + b"\x00" * 40)
    run = cli(project, "check")
    assert run.returncode == 0 and "~$" not in run.stderr, run.stderr
    for name in (owner.name, "sedAb12Zq", "japan-nato.yaml___jb_tmp___", "japan-nato.yaml___jb_old___"):
        assert editor_temp(name), name
    for name in ("japan-nato.yaml", "sedan-2024.yaml", "sed.txt", "people.yaml", "national-defense.txt"):
        assert not editor_temp(name), name


def test_a_burst_of_saves_is_one_rebuild(project):
    """Twenty saves 40 ms apart (a formatter, "save all", a checkout): one rebuild of the last
    version, not one mid-burst and another after it."""
    watcher = Running(project, "watch", "--format", "html")
    try:
        watcher.expect(r"^watching")
        time.sleep(0.5)
        brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
        text = brief.read_text("utf-8")
        for n in range(1, 21):
            brief.write_text(text.replace("title: Japan and NATO", f"title: Japan and NATO, save {n}", 1), "utf-8")
            time.sleep(0.04)
        watcher.expect(r"^changed: ")
        watcher.expect(r"^\d+ written, \d+ up to date, 0 failed")
        time.sleep(3)
        later = []
        while not watcher.lines.empty():
            later.append(watcher.lines.get())
        assert not [line for line in later if line.startswith("changed: ")], later
        assert "Japan and NATO, save 20" in (project / "dist" / f"{SAMPLE_BRIEF}.html").read_text("utf-8")
    finally:
        watcher.stop()


def test_a_theme_folder_made_while_watching_is_watched(project):
    """A project without themes/ when watch starts: the folder made later (a first theme.css)
    rebuilds the page with it, and so does the next edit in it (watchfiles watched only the
    folders that existed at the start, so neither happened)."""
    watcher = Running(project, "watch", "--format", "html")
    try:
        watcher.expect(r"^watching briefs, sources, templates, pyproject.toml ")
        time.sleep(0.5)
        page = project / "dist" / f"{SAMPLE_BRIEF}.html"
        theme = project / "themes" / "default"
        theme.mkdir(parents=True)
        (theme / "theme.yaml").write_text("name: default\n", "utf-8")
        (theme / "theme.css").write_text(".probe-one { color: #123456; }\n", "utf-8")
        watcher.expect(r"^changed: themes")
        watcher.expect(r"^\d+ written, \d+ up to date, 0 failed")
        watcher.expect(r"^watching briefs, sources, templates, themes, pyproject.toml ")
        assert ".probe-one" in page.read_text("utf-8")
        time.sleep(0.5)
        (theme / "theme.css").write_text(".probe-two { color: #123456; }\n", "utf-8")
        watcher.expect(r"^changed: themes/default/theme.css")
        watcher.expect(r"^\d+ written, \d+ up to date, 0 failed")
        assert ".probe-two" in page.read_text("utf-8")
    finally:
        watcher.stop()
