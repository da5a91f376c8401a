// Comparison peer for Lantern's turn benchmark: the same N-question flow,
// built the standard botbuilder way (TestAdapter + MemoryStorage +
// ConversationState + DialogSet + WaterfallDialog + TextPrompt).
//
// Plain ESM JavaScript so it runs without TypeScript tooling. Its
// dependencies live in bench/peer/package.json, installed with
// `npm install --ignore-scripts --prefix bench/peer`; they are never
// dependencies of the product.
//
// Fairness choices:
// - One bot (one TestAdapter, one MemoryStorage, one ConversationState, one
//   DialogSet) serves every patient, as a deployed bot would. Each patient is
//   its own conversation: every inbound activity carries that patient's own
//   conversation id and user id, so ConversationState keys its storage per
//   patient and 1,000 dialog stacks are live in storage at once.
// - A turn = one inbound user message run through adapter.processActivity
//   until the bot's reply has been sent; the timed region includes the state
//   load (DialogSet.createContext -> ConversationState.load) and the save
//   (ConversationState.saveChanges). MemoryStorage serialises on read/write,
//   which is part of what the botbuilder stack costs per turn.
// - Patients are interleaved round-robin: turn 1 for every patient, then
//   turn 2 for every patient, and so on. `concurrency` turns are in flight at
//   once (1: one after another), the same window Lantern's run uses.
// - Warm-up: a few patients on a separate, throw-away bot instance, not
//   counted; the measured run starts with empty storage.
// - p50/p99 use the nearest-rank method on the sorted latencies.

import { realpathSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter } from "botbuilder-core";
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from "botbuilder-dialogs";

const FLOW_ID = "intake";
const PROMPT_ID = "text";

function question(n) {
  return `Question ${n}?`;
}

function answer(patient, n) {
  return `Answer ${n} from patient ${patient}`;
}

function summaryFor(answers) {
  return `Thanks, all ${answers.length} answers recorded: ${answers.join(" | ")}`;
}

/** Builds one bot: storage, conversation state, dialogs, and the turn handler. */
function createBot(steps) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const dialogState = conversationState.createProperty("dialogState");
  const dialogs = new DialogSet(dialogState);
  dialogs.add(new TextPrompt(PROMPT_ID));

  const waterfall = [];
  for (let i = 1; i <= steps; i++) {
    waterfall.push(async (step) => {
      // Step i stores the answer to question i-1 (step 1 has none yet).
      if (i > 1) step.values[`q${i - 1}`] = step.result;
      return step.prompt(PROMPT_ID, question(i));
    });
  }
  waterfall.push(async (step) => {
    step.values[`q${steps}`] = step.result;
    const answers = [];
    for (let i = 1; i <= steps; i++) answers.push(step.values[`q${i}`]);
    await step.context.sendActivity(summaryFor(answers));
    return step.endDialog(answers);
  });
  dialogs.add(new WaterfallDialog(FLOW_ID, waterfall));

  const adapter = new TestAdapter();
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };

  const logic = async (context) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(FLOW_ID);
    }
    await conversationState.saveChanges(context, false);
  };

  return { adapter, logic, storage };
}

function makeActivity(patient, id, text) {
  const convId = `patient-${patient}`;
  return {
    type: ActivityTypes.Message,
    channelId: "test",
    serviceUrl: "https://test.com",
    locale: "en-us",
    id: String(id),
    timestamp: new Date(),
    from: { id: `user-${patient}`, name: `Patient ${patient}` },
    recipient: { id: "lantern-peer", name: "Peer bot" },
    conversation: { id: convId, name: convId, isGroup: false },
    text,
  };
}

function expectedReply(patient, turn, steps) {
  if (turn < steps) return question(turn + 1);
  const answers = [];
  for (let i = 1; i <= steps; i++) answers.push(answer(patient, i));
  return summaryFor(answers);
}

/**
 * Runs `patients` conversations of `steps + 1` turns each, round-robin, on one
 * bot, with `concurrency` patients' messages in flight at once (a sliding
 * window, as on a live server). Returns the per-turn latencies in ms (when
 * `record` is true).
 */
async function runRoundRobin(bot, { patients, steps, firstPatient = 0, record, concurrency = 1 }) {
  const { adapter, logic } = bot;
  const latencies = record ? new Float64Array(patients * (steps + 1)) : null;
  let k = 0;
  let nextId = 0;
  for (let turn = 0; turn <= steps; turn++) {
    let next = firstPatient;
    const worker = async () => {
      while (next < firstPatient + patients) {
        const p = next++;
        const text = turn === 0 ? "hi" : answer(p, turn);
        const activity = makeActivity(p, nextId++, text);

        const t0 = performance.now();
        await adapter.processActivity(activity, logic);
        const t1 = performance.now();

        if (latencies) latencies[k++] = t1 - t0;
        checkReply(adapter.activeQueue, p, turn, steps);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return latencies;
}

// Exactly one reply for this patient, the right one. The adapter's queue is shared: with
// several turns in flight it may also hold other patients' replies, which stay for them.
function checkReply(queue, p, turn, steps) {
  const conversation = `patient-${p}`;
  const mine = queue.filter((a) => a.conversation?.id === conversation);
  for (const reply of mine) queue.splice(queue.indexOf(reply), 1);
  const want = expectedReply(p, turn, steps);
  if (mine.length !== 1 || mine[0].text !== want) {
    throw new Error(
      `patient ${p} turn ${turn}: expected one reply ${JSON.stringify(want)}, got ` +
        JSON.stringify(mine.map((a) => a.text)),
    );
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export async function runPeerBenchmark({
  patients = 1000,
  steps = 10,
  warmupPatients = 20,
  concurrency = 1,
} = {}) {
  if (!Number.isInteger(patients) || patients < 1)
    throw new RangeError("patients must be a positive integer");
  if (!Number.isInteger(steps) || steps < 1)
    throw new RangeError("steps must be a positive integer");

  // Warm-up on a throw-away bot so the measured storage starts empty.
  if (warmupPatients > 0) {
    await runRoundRobin(createBot(steps), {
      patients: warmupPatients,
      steps,
      firstPatient: 1_000_000,
      record: false,
      concurrency,
    });
  }

  const bot = createBot(steps);
  const start = performance.now();
  const latencies = await runRoundRobin(bot, { patients, steps, record: true, concurrency });
  const seconds = (performance.now() - start) / 1000;

  // Every conversation must have finished its flow (dialog stack empty).
  const keys = [];
  for (let p = 0; p < patients; p++) keys.push(`test/conversations/patient-${p}/`);
  const stored = await bot.storage.read(keys);
  const live = keys.filter((key) => stored[key]?.dialogState?.dialogStack?.length);
  if (Object.keys(stored).length !== patients || live.length !== 0) {
    throw new Error(
      `expected ${patients} finished conversations in storage, found ${Object.keys(stored).length} (${live.length} unfinished)`,
    );
  }

  const sorted = latencies.slice().sort();
  const turns = latencies.length;
  return {
    name: "botbuilder-dialogs",
    patients,
    turns,
    seconds: round(seconds, 3),
    turnsPerSecond: round(turns / seconds, 1),
    p50Ms: round(percentile(sorted, 50), 3),
    p99Ms: round(percentile(sorted, 99), 3),
  };
}

function isMain() {
  if (typeof import.meta.main === "boolean") return import.meta.main;
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  const { values } = parseArgs({
    options: {
      patients: { type: "string" },
      steps: { type: "string" },
    },
  });
  const options = {};
  if (values.patients !== undefined) options.patients = Number(values.patients);
  if (values.steps !== undefined) options.steps = Number(values.steps);
  const result = await runPeerBenchmark(options);
  console.log(JSON.stringify(result));
}
