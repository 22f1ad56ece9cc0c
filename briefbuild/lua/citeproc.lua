-- Formats every brief's notes and bibliography with pandoc's citeproc in one process.
-- Input (stdin, JSON): {briefs: [{id, csl, references: [CSL-JSON], notes: ["[@{id}, para. 3]", ...]}]}
-- Output (stdout, JSON): {id: {notes: [html], bibliography: [html]}}
local request = pandoc.json.decode(io.read('a'), false)
local out = {}

local function html(blocks)
  local text = pandoc.write(pandoc.Pandoc(blocks), 'html', {wrap_text = 'none'})
  return (text:gsub('^<p>', ''):gsub('</p>%s*$', ''))
end

for _, brief in ipairs(request.briefs) do
  local doc = pandoc.read(table.concat(brief.notes, '\n\n'), 'markdown')
  local refs = pandoc.read(pandoc.json.encode(brief.references), 'csljson')
  doc.meta.references = refs.meta.references
  doc.meta.csl = brief.csl
  doc.meta['link-citations'] = false
  doc = pandoc.utils.citeproc(doc)
  local notes, bibliography = {}, {}
  for _, block in ipairs(doc.blocks) do
    if block.t == 'Para' then
      -- A note style turns each citation into a Note; an in-text style leaves the text in place.
      local found = false
      block:walk({Note = function(note) found = true; table.insert(notes, html(note.content)) end})
      if not found then table.insert(notes, html({pandoc.Plain(block.content)})) end
    elseif block.t == 'Div' and block.identifier == 'refs' then
      for _, entry in ipairs(block.content) do
        table.insert(bibliography, html(entry.content))
      end
    end
  end
  out[brief.id] = {notes = notes, bibliography = bibliography}
end
io.write(pandoc.json.encode(out))
