// Writes a gzip copy (.gz) beside every stylesheet and script the application serves from
// META-INF/resources, at the highest level: compressed once here rather than on every request.
// Spring's resource chain sends it to browsers that take gzip (spring.web.resources.chain.compressed);
// it prefers gzip to Brotli whenever a browser takes both, as every browser does, so no .br is written.
import { gzipSync } from "node:zlib";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
const compressible = /\.(js|css|svg)$/;

function compressAll(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      compressAll(path);
    } else if (compressible.test(entry.name)) {
      const bytes = readFileSync(path);
      writeFileSync(path + ".gz", gzipSync(bytes, { level: 9 }));
    }
  }
}

for (const dir of ["rich-text", "styles", "scripts"]) {
  compressAll(join(root, dir));
}
