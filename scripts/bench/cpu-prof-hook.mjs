// Loaded with NODE_OPTIONS=--import by `npm run bench:serve -- --cpu-prof`: Node refuses
// --cpu-prof in NODE_OPTIONS, and the launcher starts the app server itself. Profiles only
// the process running scripts/serve.mjs and writes the profile into PARLEY_CPU_PROF_DIR
// when that process is told to stop (SIGTERM), before the server's own handler runs.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

const dir = process.env.PARLEY_CPU_PROF_DIR;
if (dir && process.argv[1]?.endsWith("serve.mjs")) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.start");
  process.prependListener("SIGTERM", () => {
    // An in-process session answers synchronously, so the file is written before the server exits.
    session.post("Profiler.stop", (error, result) => {
      if (!error)
        writeFileSync(path.join(dir, `serve-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
