import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { MsalTokenProvider } from "@microsoft/agents-hosting";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadTeamsConfig } from "../../adapters/teams/config.ts";
import {
  startTeams,
  type TeamsServer,
  teamsApp,
  UNAUTHORIZED_BODY,
} from "../../adapters/teams/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { EnvSchema } from "../../src/config/env.ts";
import { RecordingNotifier } from "../support/recorders.ts";
import { postActivity, TeamsUser } from "../support/teams-connector.ts";

// Auth on: a fake app id and tenant, so the SDK's own JWT check runs. Its signing keys come
// from the configured authority, pointed here at a local JWKS stand-in: nothing leaves loopback.

const APP_ID = "00000000-0000-4000-8000-0000000000aa";
const TENANT = "11111111-1111-4111-8111-111111111111";
const trusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
const forger = generateKeyPairSync("rsa", { modulusLength: 2048 });
const keyRequests: string[] = [];
// Any attempt to get an outbound token would mean a call to Entra: fail loudly instead.
const tokenSpy = vi
  .spyOn(MsalTokenProvider.prototype, "getAccessToken")
  .mockRejectedValue(new Error("tests must not ask Entra for tokens"));
let jwks: Server;
let authority: string;
let app: App;
let teams: TeamsServer;

function b64url(value: object | Buffer): string {
  return (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString(
    "base64url",
  );
}

/** An RS256 JWT with key id k1, signed by `key`. */
function jwt(claims: Record<string, unknown>, key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64url({ alg: "RS256", typ: "JWT", kid: "k1" })}.${b64url({ iat: now, nbf: now, exp: now + 600, ...claims })}`;
  const signature = createSign("RSA-SHA256").update(head).sign(key);
  return `${head}.${b64url(signature)}`;
}

beforeAll(async () => {
  jwks = createServer((req, res) => {
    keyRequests.push(req.url ?? "");
    res.setHeader("content-type", "application/json");
    const key = trusted.publicKey.export({ format: "jwk" });
    res.end(JSON.stringify({ keys: [{ ...key, kid: "k1", use: "sig", alg: "RS256" }] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  authority = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;
  const config = loadTeamsConfig({
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: "not-a-real-secret",
    MICROSOFT_APP_TENANT_ID: TENANT,
    MICROSOFT_APP_AUTHORITY: authority,
  });
  const env = EnvSchema.parse({ LANTERN_STORE: "memory://" });
  app = await createApp({ env, notifiers: [new RecordingNotifier()] });
  teams = await startTeams(app, { config, port: 0, host: "127.0.0.1" });
});

afterAll(async () => {
  await teams?.stop();
  await app?.close();
  await new Promise<void>((resolve) => jwks.close(() => resolve()));
  tokenSpy.mockRestore();
});

describe("teams with auth on", () => {
  const user = new TeamsUser("29:someone", "http://127.0.0.1:9");
  const issuer = () => `${authority}/${TENANT}/v2.0`;

  it("rejects a request without a token, and malformed ones before fetching any key", async () => {
    for (const headers of [
      {},
      { authorization: "Bearer not-a-jwt" },
      { authorization: "Basic dXNlcjpwYXNz" },
      {
        authorization: `Bearer ${jwt({ aud: "some-other-app", iss: issuer() }, trusted.privateKey)}`,
      },
    ]) {
      const response = await postActivity(teams.url, user.message("hello"), headers);
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(response.body)).toEqual(UNAUTHORIZED_BODY);
    }
    expect(keyRequests).toEqual([]);
    expect(await app.runtime.store.loadConversation("teams:29:someone")).toBeUndefined();
  });

  it("rejects a forged token after checking it against the (local) signing keys", async () => {
    const forged = jwt({ aud: APP_ID, iss: issuer(), tid: TENANT }, forger.privateKey);
    const response = await postActivity(teams.url, user.message("hello"), {
      authorization: `Bearer ${forged}`,
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual(UNAUTHORIZED_BODY);
    expect(keyRequests).toEqual([`/${TENANT}/discovery/v2.0/keys`]);
    expect(await app.runtime.store.get("teams:ref:29:someone")).toBeUndefined();
  });

  it("lets a correctly signed token through to the turn", async () => {
    const good = jwt({ aud: APP_ID, iss: issuer(), tid: TENANT }, trusted.privateKey);
    // expectReplies without a serviceUrl: the SDK needs no connector (and no outbound token).
    const activity = {
      ...user.install(),
      membersAdded: [{ id: "29:someone-else" }],
      serviceUrl: undefined,
      deliveryMode: "expectReplies",
    };
    const response = await postActivity(teams.url, activity, { authorization: `Bearer ${good}` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ activities: [] });
    expect(tokenSpy).not.toHaveBeenCalled();
  });
});

describe("teams 401 bodies", () => {
  it("carry no internal detail when the signing keys cannot be fetched; the log has it", async () => {
    // An authority on a loopback port nobody listens on: the key fetch fails inside the SDK.
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, "127.0.0.1", resolve));
    const deadAuthority = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const lines: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(line) });
    const config = loadTeamsConfig({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      MICROSOFT_APP_TENANT_ID: TENANT,
      MICROSOFT_APP_AUTHORITY: deadAuthority,
    });
    const env = EnvSchema.parse({ LANTERN_STORE: "memory://" });
    const other = await createApp({ env, notifiers: [new RecordingNotifier()] });
    const server = await startTeams(other, { config, logger, port: 0, host: "127.0.0.1" });
    try {
      const user = new TeamsUser("29:someone", "http://127.0.0.1:9");
      const token = jwt(
        { aud: APP_ID, iss: `${deadAuthority}/${TENANT}/v2.0`, tid: TENANT },
        trusted.privateKey,
      );
      const response = await postActivity(server.url, user.message("hello"), {
        authorization: `Bearer ${token}`,
      });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual(UNAUTHORIZED_BODY);
      expect(response.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|fetch|jwks|keys/i);
      const refused = lines.map((l) => JSON.parse(l)).find((l) => l.status === 401);
      expect(refused?.msg).toMatch(/authentication failed/);
      expect(String(refused?.detail)).not.toBe("");
      expect(JSON.stringify(refused)).not.toContain("hello");
    } finally {
      await server.stop();
      await other.close();
    }
  });
});

describe("teams endpoint in-process (Hono app.request)", () => {
  const user = new TeamsUser("29:in-process", "http://127.0.0.1:9");
  const post = (body: string, headers: Record<string, string> = {}) =>
    teamsApp(teams.channel).request("/api/messages", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });

  it("refuses an activity without a token: 401, the fixed body, no turn", async () => {
    const response = await post(JSON.stringify(user.message("hello")));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(UNAUTHORIZED_BODY);
    expect(await app.runtime.store.loadConversation("teams:29:in-process")).toBeUndefined();
  });

  it("400 for a body that is not one JSON activity, 413 over the size limit", async () => {
    for (const body of ["not json", "[1,2]", "null"]) expect((await post(body)).status).toBe(400);
    const big = JSON.stringify({ ...user.message("hello"), padding: "x".repeat(1_000_001) });
    const response = await post(big, { "content-length": String(Buffer.byteLength(big)) });
    expect(response.status).toBe(413);
  });

  it("answers /healthz, 404 elsewhere and 405 for other methods", async () => {
    const app = teamsApp(teams.channel);
    expect(await (await app.request("/healthz")).text()).toBe("ok");
    expect((await app.request("/other")).status).toBe(404);
    expect((await app.request("/api/messages")).status).toBe(405);
  });
});
