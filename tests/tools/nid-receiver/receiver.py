#!/usr/bin/env python3
"""A national ID system for tests, on loopback. Registers each record the civil registry's
national ID hook sends, once per Idempotency-Key (a repeated key gets the first answer again,
no new registration), logs every request as one JSON line to --log, and answers as told:
  --mode accept      200 {"national_id": "<10 digits, Luhn>"} (--no-number: 200, no body)
  --mode pending     202; the test decides later through the registry's callback
  --mode reject      400 {"reason": --reason}
  --down-seconds N   answer 503 for N seconds from the first call (an outage), then as --mode
  --drop-first N     register the first N calls, then drop the connection without answering
                     (the answer is lost; the retry must carry the same key)
  --bearer TOKEN     require Authorization: Bearer TOKEN (401 otherwise)
  --oauth ID:SECRET  serve POST /token (client credentials, HTTP Basic) and require its tokens
  --tls-cert F --tls-key F --client-ca F
                     HTTPS, and mutual TLS: only clients with a certificate --client-ca
                     signed are served (the handshake of any other fails)
Prints "listening on PORT" once ready."""
import argparse, base64, json, secrets, ssl, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = None
lock = threading.Lock()
answers = {}  # idempotency key -> (status, body)
issued = set()
first_call = None
calls = 0
registered = 0


def luhn(digits):
    """digits + their Luhn check digit: a number the forms' national ID format accepts."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


def log(entry):
    with lock, open(args.log, "a") as f:
        f.write(json.dumps(entry) + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def reply(self, status, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def token(self):
        basic = self.headers.get("Authorization", "")
        expected = "Basic " + base64.b64encode(args.oauth.encode()).decode()
        if basic != expected:
            return self.reply(401, {"error": "invalid_client"})
        t = secrets.token_urlsafe(16)
        with lock:
            issued.add(t)
        log({"kind": "token"})
        self.reply(200, {"access_token": t, "token_type": "Bearer", "expires_in": 3600})

    def authorized(self):
        auth = self.headers.get("Authorization", "")
        if args.bearer:
            return auth == "Bearer " + args.bearer
        if args.oauth:
            with lock:
                return auth.startswith("Bearer ") and auth[7:] in issued
        return True

    def do_POST(self):
        global calls, registered, first_call
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/token":
            return self.token()
        key = self.headers.get("Idempotency-Key", "")
        request = json.loads(body or b"{}")
        entry = {"kind": "call", "key": key, "body": request,
                 "authorization": self.headers.get("Authorization", "")}
        if args.tls_cert:
            peer = self.connection.getpeercert() or {}
            entry["client_cn"] = dict(x[0] for x in peer.get("subject", ())).get("commonName", "")
        if not self.authorized():
            entry["answered"] = 401
            log(entry)
            return self.reply(401, {"error": "unauthorized"})
        with lock:
            first_call = first_call or time.time()
        if time.time() - first_call < args.down_seconds:
            entry["answered"] = 503
            log(entry)
            return self.reply(503, {"error": "down"})
        with lock:
            calls += 1
            n = calls
            repeat = key in answers
            if not repeat:
                registered += 1
                if args.mode == "accept":
                    answers[key] = (200, None if args.no_number else
                                    {"national_id": luhn(str(args.first + registered))})
                elif args.mode == "pending":
                    answers[key] = (202, {"status": "pending"})
                else:
                    answers[key] = (400, {"reason": args.reason})
            status, answer = answers[key]
        entry.update({"repeat": repeat, "answered": status, "answer": answer})
        if n <= args.drop_first:
            entry["dropped"] = True
            log(entry)
            self.close_connection = True
            self.connection.shutdown(2)  # registered, but the answer never reaches the caller
            return
        log(entry)
        self.reply(status, answer)


def main():
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--log", required=True)
    p.add_argument("--mode", choices=["accept", "pending", "reject"], default="accept")
    p.add_argument("--first", type=int, default=700000000)
    p.add_argument("--no-number", action="store_true")
    p.add_argument("--reason", default="the child is already registered")
    p.add_argument("--down-seconds", type=float, default=0)
    p.add_argument("--drop-first", type=int, default=0)
    p.add_argument("--bearer", default="")
    p.add_argument("--oauth", default="")
    p.add_argument("--tls-cert", default="")
    p.add_argument("--tls-key", default="")
    p.add_argument("--client-ca", default="")
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(args.client_ca)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
