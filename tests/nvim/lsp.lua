-- A real client for `linkwa lsp`: headless Neovim opens a broken fixture, attaches linkwa's
-- language server, reads the diagnostics Neovim shows (vim.diagnostic.get()), applies the quick
-- fix through vim.lsp.buf.code_action() (the selection UI answered as a user would), checks the
-- buffer and that the diagnostic went away, and asks for a hover.
--
-- Environment: LINKWA (the binary), LINKWA_FILE (a copy of the fixture to edit), LINKWA_RESULT
-- (where to write "ok" or what failed). Run by tests/nvim/run.sh:
--   nvim --headless --clean -u NONE -c "luafile tests/nvim/lsp.lua"

local result_file = os.getenv('LINKWA_RESULT')
local steps = {}

local function finish(failure)
  local f = assert(io.open(result_file, 'w'))
  for _, step in ipairs(steps) do
    f:write('step: ', step, '\n')
  end
  f:write(failure and ('FAIL: ' .. failure) or 'ok', '\n')
  f:close()
  vim.cmd('qall!')
end

local function check(condition, what)
  if not condition then
    error(what, 0)
  end
  table.insert(steps, what)
end

local function buffer_text()
  return table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
end

local function find_code(code)
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == code then
      return d
    end
  end
end

local ok, err = pcall(function()
  local file = os.getenv('LINKWA_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local config = { name = 'linkwa', cmd = { os.getenv('LINKWA'), 'lsp' }, root_dir = vim.fn.fnamemodify(file, ':h') }
  -- vim.lsp.start (Neovim 0.8 and later) starts the client and attaches the buffer; Debian 12's
  -- Neovim 0.7 has the two steps it is made of.
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    local id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, id)
  end

  check(vim.wait(30000, function() return find_code('LW010') ~= nil end, 20), 'diagnostics: LW010 comment-in-json shown')
  local comment = find_code('LW010')
  check(comment.source == 'linkwa', 'diagnostics: source linkwa')
  check(comment.severity == vim.diagnostic.severity.ERROR, 'diagnostics: an error')
  check(comment.lnum == 2 and comment.col == 2, 'diagnostics: at line 3, column 3 (the comment)')
  check(buffer_text():find('// a greeting', 1, true) ~= nil, 'buffer: the comment is there before the fix')

  -- The code action, as a user picks it from the menu.
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      table.insert(offered, item[2].title)
    end
    for _, item in ipairs(items) do
      if item[2].title == 'remove the comment' then
        return on_choice(item)
      end
    end
    on_choice(nil)
  end
  vim.api.nvim_win_set_cursor(0, { comment.lnum + 1, comment.col })
  vim.lsp.buf.code_action()
  check(vim.wait(10000, function() return buffer_text():find('//', 1, true) == nil end, 20),
    'code action: "remove the comment" applied (offered: ' .. table.concat(offered, '; ') .. ')')
  check(buffer_text() == '{\n  "type": "text",\n  "text": {"body": "Hello"}\n}', 'buffer: the fixed text, the rest untouched')
  check(vim.wait(10000, function() return find_code('LW010') == nil end, 20), 'diagnostics: LW010 gone after the edit')

  -- Hover on the member name `body`.
  local line = 2
  local character = vim.api.nvim_buf_get_lines(0, line, line + 1, false)[1]:find('body', 1, true)
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = character } }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000) or {}
  local hover = ''
  for _, response in pairs(responses) do
    if response.result then
      hover = response.result.contents.value
    end
  end
  check(hover:find('`body` in `text`: string, required', 1, true) ~= nil, 'hover: what the documents say of `body`')
end)

if ok then
  finish(nil)
else
  finish(tostring(err))
end
