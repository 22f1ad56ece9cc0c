"""A broken template is named by its file and line, relative to the project (QA: `Expected an
expression, got 'end of statement block'` said neither which of the twelve templates nor where).

In-process: a generated project, a template edited as an analyst would break it, the real renderer."""
from __future__ import annotations

import pytest
from factory import make_project

from briefbuild.build.engine import Options, prepare
from briefbuild.errors import RenderError
from briefbuild.rendering.render import render_html


@pytest.mark.parametrize("template,breakage,expected", [
    ("partials/section.html.j2", "{% if %}\n",
     "templates/partials/section.html.j2:{n}: template error while rendering 'b1': Expected an expression, "
     "got 'end of statement block': fix the template there"),
    ("partials/section.html.j2", "{{ doc.nosuch.deeper }}\n",
     "templates/partials/section.html.j2:{n}: template error while rendering 'b1': "
     "'briefbuild.rendering.compose.Document object' has no attribute 'nosuch': fix the template there"),
    ("partials/title.html.j2", "{{ doc.title | no_such_filter }}\n",
     "templates/partials/title.html.j2:{n}: template error while rendering 'b1': No filter named "
     "'no_such_filter'.: fix the template there"),
    ("brief.html.j2", "{% for x in doc.sections %}\n",
     "templates/brief.html.j2:{n}: template error while rendering 'b1': Unexpected end of template. Jinja was "
     "looking for the following tags: 'endfor' or 'else'. The innermost block that needs to be closed is 'for'.: "
     "fix the template there"),
    ("partials/notes.html.j2", "{% include 'partials/gone.html.j2' %}\n",
     "templates/partials/notes.html.j2:{n}: template error while rendering 'b1': no template 'partials/gone.html.j2' "
     "in templates/: "
     "fix the template there"),
])
def test_a_broken_template_is_named_by_its_file_and_line(tmp_path, template, breakage, expected):
    root = make_project(tmp_path)
    path = root / "templates" / template
    text = path.read_text("utf-8")
    path.write_text(text + breakage, "utf-8")
    line = text.count("\n") + 1  # the line added
    _, docs = prepare(root, ["b1"], Options(formats=("html",)))
    with pytest.raises(RenderError) as caught:
        render_html(docs[0], root / "templates", "screen")
    assert str(caught.value) == expected.format(n=line)


@pytest.mark.parametrize("breakage,expected", [
    ("{% if %}\n", "templates/site/index.html.j2:{n}: template error while rendering the site's index: Expected an "
                   "expression, got 'end of statement block': fix the template there"),
    ("{{ site.nosuch.deeper }}\n", "templates/site/index.html.j2:{n}: template error while rendering the site's "
                                   "index: 'briefbuild.rendering.site.SiteInfo object' has no attribute 'nosuch': "
                                   "fix the template there"),
])
def test_a_broken_site_index_template_is_named_too_never_a_traceback(tmp_path, breakage, expected):
    """The site's index rendered outside the brief's error handling: a slip in site/index.html.j2
    ended `build --format site` in a traceback of Jinja's."""
    from briefbuild.build.site import render_site
    from briefbuild.inputs.project import Config
    root = make_project(tmp_path)
    path = root / "templates" / "site" / "index.html.j2"
    text = path.read_text("utf-8")
    path.write_text(text + breakage, "utf-8")
    with pytest.raises(RenderError) as caught:
        render_site(root, Config.read(root), ["b1"])
    assert str(caught.value) == expected.format(n=text.count("\n") + 1)
