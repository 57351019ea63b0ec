-- Headless Neovim (0.7+) as a second, independent LSP client for the imr-letters server.
--
--   IMR_SERVER=server/out/server.js IMR_LETTER=<letter.txt> \
--     nvim --headless -n -i NONE -u test/nvim/init.lua
--
-- Starts `node <IMR_SERVER> --stdio` with vim.lsp.start_client, opens the letter, waits for
-- the pushed diagnostics (0.7 has no pull diagnostics), asks for the document symbols and
-- for a hover on the first "Page(s): NN" citation, prints one JSON line prefixed with
-- IMR_LSP_RESULT and quits. Exit code 0 when the client ran, 1 on a harness error.
-- With IMR_EDIT_REMOVE_COUNT=<n> it then deletes "<n> " before "sessions" and reports the
-- diagnostics the server pushes for the edited version (after_edit).

vim.o.swapfile = false
vim.o.shadafile = 'NONE'

local timeout_ms = tonumber(os.getenv('IMR_TIMEOUT_MS') or '') or 20000
local server = os.getenv('IMR_SERVER') or 'server/out/server.js'
local letter = os.getenv('IMR_LETTER')
local node = os.getenv('IMR_NODE') or 'node'

local function emit(tbl)
  io.stdout:write('IMR_LSP_RESULT ' .. vim.fn.json_encode(tbl) .. '\n')
  io.stdout:flush()
end

local function fail(msg)
  emit({ error = msg })
  vim.cmd('1cquit')
end

local function run()
  if not letter or letter == '' then
    return fail('IMR_LETTER is not set')
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(letter))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  local published = nil       -- last publishDiagnostics params for this document
  local publish_count = 0
  local log = {}

  local initialized = false
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'imr-letters',
    on_init = function() initialized = true end,
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.getcwd(),
    -- The server serves the `imr-letter` language; Neovim's filetype here is `text`.
    get_language_id = function() return 'imr-letter' end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then
          published = result
          publish_count = publish_count + 1
        end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
      ['window/logMessage'] = function(_, result)
        if result and result.message then table.insert(log, result.message) end
      end,
      ['window/showMessage'] = function(_, result)
        if result and result.message then table.insert(log, result.message) end
      end,
    },
    on_exit = function(code, signal)
      exited = true
      table.insert(log, string.format('server exited code=%s signal=%s', tostring(code), tostring(signal)))
    end,
  })
  if not client_id then
    return fail('vim.lsp.start_client returned nil')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local client
  local ready = vim.wait(timeout_ms, function()
    client = vim.lsp.get_client_by_id(client_id)
    return exited or (initialized and client ~= nil)
  end, 50)
  if not ready or exited then
    return fail('server did not initialize within ' .. timeout_ms .. ' ms; log: ' .. table.concat(log, ' | '))
  end

  -- Wait for the pushed diagnostics: the first non-empty publication, or any publication
  -- followed by a quiet period (a letter can legitimately have no findings).
  local first_seen = nil
  vim.wait(timeout_ms, function()
    if published and #published.diagnostics > 0 then return true end
    if published and not first_seen then first_seen = vim.loop.now() end
    return first_seen ~= nil and vim.loop.now() - first_seen > 1500
  end, 50)

  local text_document = { uri = uri }
  local symbols_resp = client.request_sync('textDocument/documentSymbol', { textDocument = text_document }, timeout_ms, bufnr)

  -- Hover on the digits of the first "Page(s): NN" citation.
  local hover_pos = nil
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local s, e = line:find('Page%(s%):%s*%d+')
    if s then
      -- column of the last digit; ASCII before it, so byte offset == UTF-16 offset
      hover_pos = { line = i - 1, character = e - 1 }
      break
    end
  end
  local hover_resp = nil
  if hover_pos then
    hover_resp = client.request_sync('textDocument/hover', { textDocument = text_document, position = hover_pos }, timeout_ms, bufnr)
  end

  local vim_diags = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(vim_diags, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message, code = d.code })
  end

  local initial = published

  -- Optional edit: IMR_EDIT_REMOVE_COUNT=<n> deletes "<n> " before "sessions" (any case) in
  -- every line, then waits for the server to push the diagnostics of the new version.
  local after_edit = vim.NIL
  local remove = os.getenv('IMR_EDIT_REMOVE_COUNT')
  if remove and remove ~= '' then
    local before_count = publish_count
    local edited = 0
    for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local new = line:gsub(remove .. ' ([Ss][Ee][Ss][Ss][Ii][Oo][Nn][Ss])', '%1')
      if new ~= line then
        vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, { new })
        edited = edited + 1
      end
    end
    vim.wait(timeout_ms, function() return publish_count > before_count end, 50)
    after_edit = {
      edited_lines = edited,
      published = publish_count > before_count,
      diagnostics = published and published.diagnostics or vim.NIL,
    }
  end

  emit({
    after_edit = after_edit,
    server_name = client.server_info and client.server_info.name or vim.NIL,
    capabilities = {
      documentSymbolProvider = client.server_capabilities and client.server_capabilities.documentSymbolProvider or vim.NIL,
      hoverProvider = client.server_capabilities and client.server_capabilities.hoverProvider or vim.NIL,
      diagnosticProvider = client.server_capabilities and client.server_capabilities.diagnosticProvider or vim.NIL,
    },
    publish_count = publish_count,
    diagnostics = initial and initial.diagnostics or vim.NIL,
    vim_diagnostics = vim_diags,
    symbols = symbols_resp and symbols_resp.result or vim.NIL,
    symbols_error = symbols_resp and symbols_resp.err or vim.NIL,
    hover_position = hover_pos or vim.NIL,
    hover = hover_resp and hover_resp.result or vim.NIL,
    hover_error = hover_resp and hover_resp.err or vim.NIL,
    log = log,
  })

  -- Shut the server down through the protocol (shutdown + exit), then quit.
  client.stop()
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  vim.cmd('qall!')
end

local ok, err = pcall(run)
if not ok then
  fail('init.lua error: ' .. tostring(err))
end
