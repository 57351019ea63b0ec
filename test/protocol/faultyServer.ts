/**
 * The real language server (server/src/main.ts, from the compiled tree) with faults put in
 * for test/protocol/faults.test.ts. Run as `node faultyServer.js --stdio`; the environment says
 * which faults:
 *   IMR_FAULT_RULE      the code of a rule whose check throws, with IMR_FAULT_MESSAGE as its
 *                       error message;
 *   IMR_FAULT_UNCAUGHT  if set, an error with IMR_FAULT_MESSAGE is thrown outside any handler
 *                       once the server is listening.
 */
import { RULES, type Rule } from '../../server/src/service';

const message = process.env.IMR_FAULT_MESSAGE ?? 'fault';
const code = process.env.IMR_FAULT_RULE;
if (code) {
  const at = RULES.findIndex((r) => r.code === code);
  if (at < 0) throw new Error(`no rule ${code}`);
  // The analysis runs the rules of this same array.
  (RULES as Rule[])[at] = {
    ...RULES[at],
    check: () => {
      throw new Error(message);
    },
  };
}

// Loaded after the fault is in place (an import would be hoisted above it).
require('../../server/src/main');

if (process.env.IMR_FAULT_UNCAUGHT) {
  setTimeout(() => {
    throw new Error(message);
  }, 0);
}
