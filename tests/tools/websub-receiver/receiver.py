#!/usr/bin/env python3
"""A WebSub subscriber for tests, on loopback: echoes hub.challenge on GET, logs every POST
(delivery id, timestamp, topic, signature, body, whether the HMAC verifies with the secret)
as one JSON line per request to --log, and answers as told:
  --fail-first N   answer 500 to the first N deliveries, then 200
  --gone           answer 410 Gone to every delivery
  --delay-ms N     wait N ms before answering a delivery (a slow subscriber)
  --refuse         answer the verification GET without the challenge
Prints "listening on PORT" once ready."""
import argparse, hashlib, hmac, json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

args = None
lock = threading.Lock()
deliveries = 0


def log(entry):
    with lock, open(args.log, "a") as f:
        f.write(json.dumps(entry) + "\n")


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def reply(self, status, body=b""):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        q = parse_qs(urlparse(self.path).query)
        log({"kind": "verify", "mode": q.get("hub.mode", [""])[0],
             "topic": q.get("hub.topic", [""])[0],
             "lease_seconds": q.get("hub.lease_seconds", [""])[0]})
        if args.refuse:
            return self.reply(404)
        self.reply(200, q.get("hub.challenge", [""])[0].encode())

    def do_POST(self):
        global deliveries
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        expected = "sha256=" + hmac.new(args.secret.encode(), body, hashlib.sha256).hexdigest()
        signature = self.headers.get("X-Hub-Signature", "")
        with lock:
            deliveries += 1
            n = deliveries
        status = 200
        if args.gone:
            status = 410
        elif n <= args.fail_first:
            status = 500
        if args.delay_ms:
            time.sleep(args.delay_ms / 1000)
        log({"kind": "delivery", "delivery_id": self.headers.get("X-Vitalis-Delivery", ""),
             "timestamp": self.headers.get("X-Vitalis-Timestamp", ""),
             "topic": self.headers.get("X-Vitalis-Topic", ""), "signature": signature,
             "content_type": self.headers.get("Content-Type", ""),
             "verified": hmac.compare_digest(signature, expected),
             "body": body.decode("utf-8"), "answered": status})
        self.reply(status)


def main():
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--log", required=True)
    p.add_argument("--secret", required=True)
    p.add_argument("--fail-first", type=int, default=0)
    p.add_argument("--gone", action="store_true")
    p.add_argument("--refuse", action="store_true")
    p.add_argument("--delay-ms", type=int, default=0)
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(f"listening on {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
