-- Formats notes and bibliographies with pandoc's citeproc, in one process for a whole build.
-- Input (stdin, JSON): {groups: [{csl, lang, references: [CSL-JSON], notes: ["[@{id}, para. 3]", ...]}]}
-- Output (stdout, JSON): [{notes: [html], bibliography: [{id, html}], unresolved: [{note, id}]}]
-- in the order of the groups. `unresolved` lists every citation whose id is not a reference
-- (and every note that did not parse as one citation paragraph): cite.py makes them errors.
-- Each group is one citeproc run; cite.py decides what a group holds.
local request = pandoc.json.decode(io.read('a'), false)
local out = {}

for _, group in ipairs(request.groups) do
  -- No raw HTML or TeX: whatever a note holds stays text.
  local doc = pandoc.read(table.concat(group.notes, '\n\n'), 'markdown-raw_html-raw_tex-raw_attribute')
  local refs = pandoc.read(pandoc.json.encode(group.references), 'csljson')
  local known, unresolved = {}, {}
  for _, ref in ipairs(group.references) do known[ref.id] = true end
  for i = 1, #group.notes do
    local block = doc.blocks[i]
    local cites = 0
    if block and block.t == 'Para' then
      block:walk({Cite = function(c)
        for _, citation in ipairs(c.citations) do
          cites = cites + 1
          if not known[citation.id] then table.insert(unresolved, {note = i, id = citation.id}) end
        end
      end})
    end
    if cites == 0 then table.insert(unresolved, {note = i, id = ''}) end
  end
  if #doc.blocks ~= #group.notes then table.insert(unresolved, {note = 0, id = ''}) end
  doc.meta.references = refs.meta.references
  doc.meta.csl = group.csl
  if group.lang then doc.meta.lang = group.lang end  -- the CSL locale of the brief's language
  doc.meta['link-citations'] = false
  doc = pandoc.utils.citeproc(doc)
  -- Every note and entry is written in one pandoc.write call (one call each costs ~1 ms),
  -- separated by a marker, then split: the same HTML as writing each alone.
  local parts, ids, kinds = {}, {}, {}
  local SEP = pandoc.RawBlock('html', '<!--briefbuild-split-->')
  local function add(blocks, kind, id)
    if #parts > 0 then table.insert(parts, SEP) end
    for _, b in ipairs(blocks) do table.insert(parts, b) end
    table.insert(kinds, kind); table.insert(ids, id or false)
  end
  for _, block in ipairs(doc.blocks) do
    if block.t == 'Para' then
      local found = false
      block:walk({Note = function(note) found = true; add(note.content, 'note') end})
      if not found then
        local plain = pandoc.Plain(block.content):walk({Cite = function(c) return c.content end})
        add({plain}, 'note')
      end
    elseif block.t == 'Div' and block.identifier == 'refs' then
      for _, entry in ipairs(block.content) do
        add(entry.content, 'bib', (entry.identifier:gsub('^ref%-', '')))
      end
    end
  end
  local notes, bibliography = {}, {}
  if #kinds > 0 then
    local text = pandoc.write(pandoc.Pandoc(parts), 'html', {wrap_text = 'none'}) .. '\n<!--briefbuild-split-->'
    local k = 0
    for chunk in text:gmatch('(.-)\n?<!%-%-briefbuild%-split%-%->\n?') do
      k = k + 1
      local html = (chunk:gsub('^<p>', ''):gsub('</p>%s*$', ''))
      if kinds[k] == 'note' then table.insert(notes, html)
      else table.insert(bibliography, {id = ids[k], html = html}) end
    end
  end
  table.insert(out, {notes = notes, bibliography = bibliography, unresolved = unresolved})
end
io.write(pandoc.json.encode(out))
