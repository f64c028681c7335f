/**
 * A static http server on 127.0.0.1 for the browser tests and the bench: dist/ at /, and
 * @microsoft/office-js's dist at /office-js/ (office.js cannot come from the CDN here).
 */
import { createHash } from "crypto";
import fs from "fs";
import http from "http";
import path from "path";
import { projectRoot } from "./projectRoot";
import type { AddressInfo } from "net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export const ROOT = projectRoot();
export const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export interface StaticServer {
  readonly url: string;
  /** Extra routes, path → body (e.g. a fake office.js). */
  readonly overrides: Map<string, { body: string | Buffer; type: string }>;
  close(): Promise<void>;
}

/**
 * `caching: "revalidate"` answers as webpack-dev-server and most static hosts do: an ETag and
 * `cache-control: no-cache`, so a second visit revalidates (304) instead of downloading again.
 * The default, `no-store`, makes every visit cold.
 */
export async function startStaticServer(
  distDir = path.join(ROOT, "dist"),
  caching: "no-store" | "revalidate" = "no-store"
): Promise<StaticServer> {
  const overrides = new Map<string, { body: string | Buffer; type: string }>();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const override = overrides.get(urlPath);
    if (override) {
      const etag = `"${createHash("sha1").update(override.body).digest("hex")}"`;
      if (caching === "revalidate" && req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
        return;
      }
      res.writeHead(200, {
        "content-type": override.type,
        ...(caching === "revalidate"
          ? { etag, "cache-control": "no-cache" }
          : { "cache-control": "no-store" }),
      });
      res.end(override.body);
      return;
    }
    const [base, rel] = urlPath.startsWith("/office-js/")
      ? [OFFICE_JS_DIR, urlPath.slice("/office-js/".length)]
      : [distDir, urlPath.slice(1) || "taskpane.html"];
    const file = path.normalize(path.join(base, rel));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    const stat = fs.statSync(file);
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    if (caching === "revalidate" && req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag, "cache-control": "no-cache" }).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      ...(caching === "revalidate"
        ? { etag, "cache-control": "no-cache" }
        : { "cache-control": "no-store" }),
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    overrides,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
