-- Formats notes and bibliographies with pandoc's citeproc, in one process for a whole build.
-- Input (stdin, JSON): {groups: [{csl, references: [CSL-JSON], notes: ["[@{id}, para. 3]", ...]}]}
-- Output (stdout, JSON): [{notes: [html], bibliography: [{id, html}]}] in the order of the groups.
-- Each group is one citeproc run; cite.py decides what a group holds.
local request = pandoc.json.decode(io.read('a'), false)
local out = {}

local function html(blocks)
  local text = pandoc.write(pandoc.Pandoc(blocks), 'html', {wrap_text = 'none'})
  return (text:gsub('^<p>', ''):gsub('</p>%s*$', ''))
end

for _, group in ipairs(request.groups) do
  local doc = pandoc.read(table.concat(group.notes, '\n\n'), 'markdown')
  local refs = pandoc.read(pandoc.json.encode(group.references), 'csljson')
  doc.meta.references = refs.meta.references
  doc.meta.csl = group.csl
  doc.meta['link-citations'] = false
  doc = pandoc.utils.citeproc(doc)
  local notes, bibliography = {}, {}
  for _, block in ipairs(doc.blocks) do
    if block.t == 'Para' then
      -- A note style turns each citation into a Note; an in-text style leaves the text in place.
      local found = false
      block:walk({Note = function(note) found = true; table.insert(notes, html(note.content)) end})
      if not found then
        local plain = pandoc.Plain(block.content):walk({Cite = function(c) return c.content end})
        table.insert(notes, html({plain}))
      end
    elseif block.t == 'Div' and block.identifier == 'refs' then
      for _, entry in ipairs(block.content) do
        table.insert(bibliography, {id = entry.identifier:gsub('^ref%-', ''), html = html(entry.content)})
      end
    end
  end
  table.insert(out, {notes = notes, bibliography = bibliography})
end
io.write(pandoc.json.encode(out))
