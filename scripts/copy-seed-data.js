// The compiled server reads its seed documents beside its code: copy them into dist/.
const fs = require('node:fs');
const path = require('node:path');

const from = path.join(__dirname, '..', 'src', 'seed', 'data');
const to = path.join(__dirname, '..', 'dist', 'src', 'seed', 'data');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true });
