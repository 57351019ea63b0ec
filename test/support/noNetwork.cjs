// Preloaded with `node --require` by the no-network test: every network entry point of Node
// throws, and records the attempt in the file named by IMR_NET_LOG.
'use strict';
const fs = require('node:fs');

const log = process.env.IMR_NET_LOG;
function blocked(name) {
  return function () {
    if (log) fs.appendFileSync(log, name + '\n');
    throw new Error('network access blocked by the test: ' + name);
  };
}

const net = require('node:net');
net.connect = net.createConnection = blocked('net.connect');
net.Socket.prototype.connect = blocked('net.Socket.connect');
const tls = require('node:tls');
tls.connect = blocked('tls.connect');
for (const name of ['http', 'https']) {
  const mod = require('node:' + name);
  mod.request = blocked(name + '.request');
  mod.get = blocked(name + '.get');
}
const dns = require('node:dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[fn] = blocked('dns.' + fn);
  dns.promises[fn] = blocked('dns.promises.' + fn);
}
globalThis.fetch = blocked('fetch');
