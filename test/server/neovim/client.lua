-- Drives the Policy Lens language server from Neovim's built-in LSP client (0.7 and later), headless, with
-- the README's init.lua loaded: open a memo, wait for its diagnostics, hover on TPA, apply the quick fix (on USTR) and then source.fixAll.policyLens.
-- Everything it saw goes to POLICY_LENS_RESULT as JSON; an error is written there too, so the test fails loudly.
local result_file = vim.env.POLICY_LENS_RESULT
local wait_ms = tonumber(vim.env.POLICY_LENS_WAIT_MS)
local out = {}

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, result_file)
  vim.cmd('qall!')
end

-- Diagnostics back in the protocol's shape (Neovim keeps the code under user_data.lsp; columns are bytes, which the ASCII memo makes UTF-16 too).
local function lsp_diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      code = lsp.code,
      message = d.message,
      source = d.source,
      severity = d.severity,
      range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    })
  end
  return list
end

local function undefined_ustr(bufnr)
  for _, d in ipairs(lsp_diagnostics(bufnr)) do
    if d.code == 'acronym-undefined' and d.message:find('"USTR"', 1, true) then return d end
  end
  return nil
end

local function buffer_text(bufnr)
  return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
end

local function request(bufnr, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, wait_ms)
  if not responses then error(method .. ' got no answer: ' .. tostring(err)) end
  local response = responses[client_id]
  if not response or response.err then error(method .. ' failed: ' .. vim.inspect(response)) end
  return response.result
end

local ok, err = pcall(function()
  out.nvim = vim.version()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.POLICY_LENS_MEMO))
  local bufnr = vim.api.nvim_get_current_buf()
  -- The README's init.lua starts the server from a FileType autocommand.
  if vim.bo[bufnr].filetype ~= 'markdown' then vim.bo[bufnr].filetype = 'markdown' end
  local client_id
  if not vim.wait(wait_ms, function()
    client_id = next(vim.lsp.buf_get_clients(bufnr))
    return client_id ~= nil
  end, 20) then
    error('no language server attached to the memo: is the init.lua from the README loaded?')
  end
  local uri = vim.uri_from_bufnr(bufnr)

  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    error('no diagnostics were published within ' .. wait_ms .. ' ms')
  end
  out.diagnostics = lsp_diagnostics(bufnr)
  out.server_name = vim.lsp.get_client_by_id(client_id).name

  local hover = request(bufnr, client_id, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 2, character = 5 } })
  out.hover = hover and hover.contents and hover.contents.value

  local target = undefined_ustr(bufnr)
  if not target then error('no acronym-undefined diagnostic for USTR') end
  local actions = request(bufnr, client_id, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target } },
  })
  out.action_titles = {}
  local preferred
  for _, action in ipairs(actions) do
    table.insert(out.action_titles, action.title)
    if action.isPreferred then preferred = action end
  end
  if not preferred then error('no preferred quick fix among ' .. vim.inspect(out.action_titles)) end
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  out.after_quick_fix = buffer_text(bufnr)
  -- The edit goes to the server as an incremental change; the diagnostics it publishes next no longer name USTR.
  if not vim.wait(wait_ms, function() return undefined_ustr(bufnr) == nil end, 20) then
    error('the diagnostic for USTR was still there ' .. wait_ms .. ' ms after the fix')
  end
  out.diagnostics_after_quick_fix = lsp_diagnostics(bufnr)

  local fix_all = request(bufnr, client_id, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.policyLens' } },
  })
  out.fix_all_kinds = {}
  for _, action in ipairs(fix_all) do
    table.insert(out.fix_all_kinds, action.kind)
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
  out.after_fix_all = buffer_text(bufnr)
end)

if not ok then out.error = tostring(err) end
finish()
