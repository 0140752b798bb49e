-- Drives `stagesense lsp` from Neovim 0.7's built-in client; LspNeovimEndToEndTest runs it headless and reads
-- the JSON it writes. STAGESENSE_LSP_CMD (JSON array) is the server command, STAGESENSE_E2E_OUT the result file,
-- STAGESENSE_E2E_FILE the Python file to open.
local out = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv('STAGESENSE_E2E_OUT'))
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('STAGESENSE_LSP_CMD'))
  local file = os.getenv('STAGESENSE_E2E_FILE')
  local initialized = false
  local id = vim.lsp.start_client({
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { docstringStyle = 'numpy' },
    on_init = function() initialized = true end,
    on_exit = function(code) out.exit_code = code end,
  })
  out.started = id ~= nil
  out.initialized = vim.wait(60000, function() return initialized end, 50)
  local client = vim.lsp.get_client_by_id(id)
  out.inline_capability = client.server_capabilities.inlineCompletionProvider == true

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'python'
  vim.lsp.buf_attach_client(buf, id)
  local uri = vim.uri_from_bufnr(buf)
  local doc = { uri = uri }

  local function request(method, params)
    local response, request_err = client.request_sync(method, params, 20000, buf)
    if response == nil then
      return { error = tostring(request_err) }
    end
    if response.err then
      return { error = vim.inspect(response.err) }
    end
    return { result = response.result }
  end

  local here = { line = 3, character = 4 }
  local actions = request('textDocument/codeAction',
    { textDocument = doc, range = { start = here, ['end'] = here }, context = { diagnostics = {} } })
  out.code_action_error = actions.error
  out.code_action_titles = {}
  for _, a in ipairs(actions.result or {}) do
    table.insert(out.code_action_titles, a.title)
  end
  if actions.result and actions.result[1] then
    -- apply the preferred action like the editor does: Neovim resolves "edit" (its capabilities say so), so the
    -- server sends the edit only on codeAction/resolve; then read the buffer back
    local action = actions.result[1]
    out.resolved_lazily = action.edit == nil
    if action.edit == nil then
      local resolved = request('codeAction/resolve', action)
      out.resolve_error = resolved.error
      action = resolved.result or action
    end
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    out.after_edit = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  end

  local at_end = { line = vim.api.nvim_buf_line_count(buf), character = 0 }
  local completion = request('textDocument/completion', { textDocument = doc, position = at_end })
  out.completion_error = completion.error
  out.completion_is_list = completion.result ~= nil and completion.result.items ~= nil

  local inline = request('textDocument/inlineCompletion',
    { textDocument = doc, position = at_end, context = { triggerKind = 1 } })
  out.inline_error = inline.error
  out.inline_is_list = inline.result ~= nil and inline.result.items ~= nil

  local hover = request('textDocument/hover', { textDocument = doc, position = { line = 0, character = 9 } })
  out.hover_error = hover.error
  out.hover_text = hover.result and hover.result.contents and hover.result.contents.value or vim.NIL

  local shutdown = request('shutdown', nil)
  out.shutdown_error = shutdown.error
  client.notify('exit', nil)
  out.exited = vim.wait(10000, function() return out.exit_code ~= nil end, 50)
end)
if not ok then
  out.lua_error = tostring(err)
end
finish()
