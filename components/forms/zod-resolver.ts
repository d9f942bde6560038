import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";

// Zod 4 compiles object parsers with `new Function` after probing whether eval is allowed; the CSP
// (script-src without 'unsafe-eval') refuses it and the probe itself is reported as a violation.
// In the browser, parse without it: the forms' schemas are small. Set here, beside the only
// client-side parsing, so pages without a form (the reader's timeline) do not load zod at all.
z.config({ jitless: true });

export { zodResolver };
