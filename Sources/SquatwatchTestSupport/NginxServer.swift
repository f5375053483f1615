public import Foundation

/// nginx (from Debian) serving a bandersnatch-layout mirror on 127.0.0.1, as mirror operators deploy it.
public final class NginxServer {
  /// How the mirror is served.
  public enum Mode: Sendable {
    /// bandersnatch's configuration: `Accept` picks `index.v1_json` or `index.html`; with `jsonAPI` false,
    /// `/pypi/` answers 404 as on a mirror synced with `json = false`.
    case bandersnatch(jsonAPI: Bool)
    /// Only the HTML pages and the files, like Artifactory, Nexus or GitLab: no PEP 691, no JSON API.
    case htmlOnly
  }

  public let server: ServerProcess
  private let work: TemporaryDirectory

  /// Serves `mirror` (the folder holding `web/`).
  ///
  /// - Parameter packages: a mirror whose `web/packages/` to serve instead of `mirror`'s, so a
  ///   metadata-only mirror can share the distribution files of another written from the same registry.
  public init(mirror: URL, mode: Mode, packages: URL? = nil) throws {
    let executable = try InteropTool.system("nginx", package: "nginx-light")
    work = try TemporaryDirectory(prefix: "nginx")
    let port = try ServerProcess.freePort()
    let configuration = work.url.appendingPathComponent("nginx.conf")
    let text = Self.configuration(
      web: mirror.appendingPathComponent("web").path, packages: (packages ?? mirror).appendingPathComponent("web").path,
      port: port, work: work.path, mode: mode)
    try Data(text.utf8).write(to: configuration)
    let errorLog = work.url.appendingPathComponent("error.log")
    server = try ServerProcess(
      name: "nginx", executable: executable,
      arguments: ["-p", work.path, "-c", configuration.path, "-e", errorLog.path], port: port, log: errorLog)
  }

  /// `http://127.0.0.1:<port>/simple/`.
  public var indexURL: String { server.origin + "/simple/" }

  public func shutdown() { server.shutdown() }

  static func configuration(web: String, packages: String, port: Int, work: String, mode: Mode) -> String {
    let simple: String
    let pypi: String
    switch mode {
    case .bandersnatch(let jsonAPI):
      simple = """
            types {
              application/vnd.pypi.simple.v1+json v1_json;
              application/vnd.pypi.simple.v1+html v1_html;
              text/html html;
            }
            try_files $uri/index$mirror_suffix $uri/index.html =404;
        """
      pypi = jsonAPI ? "default_type application/json;" : "return 404;"
    case .htmlOnly:
      simple = """
            types { text/html html; }
            try_files $uri/index.html =404;
        """
      pypi = "return 404;"
    }
    return """
      worker_processes 1;
      daemon off;
      pid \(work)/nginx.pid;
      error_log \(work)/error.log warn;
      events { worker_connections 256; }
      http {
        access_log off;
        client_body_temp_path \(work)/tmp;
        proxy_temp_path \(work)/tmp;
        fastcgi_temp_path \(work)/tmp;
        uwsgi_temp_path \(work)/tmp;
        scgi_temp_path \(work)/tmp;
        map $http_accept $mirror_suffix {
          default ".html";
          "~*application/vnd\\.pypi\\.simple\\.v1\\+json" ".v1_json";
          "~*application/vnd\\.pypi\\.simple\\.v1\\+html" ".v1_html";
        }
        server {
          listen 127.0.0.1:\(port);
          root \(web);
          location /simple/ {
      \(simple)
          }
          location /pypi/ { \(pypi) }
          location /packages/ { root \(packages); default_type application/octet-stream; }
        }
      }

      """
  }
}
