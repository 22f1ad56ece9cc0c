-- Word for reviewers (rendering/docx.py): each note span becomes a real Word footnote.
function Span(el)
  if el.classes:includes("fn") then
    return pandoc.Note(pandoc.Para(el.content))
  end
end
