import {
  addWorkingDays,
  dayOne,
  localDate,
  nextUpdateDue,
  stageOutcomeFromFindings,
  type Finding,
} from '@chp/domain';
import { JourneyEventType } from '../../modules/complaints';
import { iso } from '../calendar';
import {
  contactUpdatePayload,
  extensionPayload,
  pointsAgreedPayload,
  signOffPayload,
} from '../../modules/complaints';
import * as T from '../texts';
import { STAGE2_OUTCOMES } from '../weights';
import { closeStage } from './closure';
import type { Draft } from './context';

/**
 * Stage 2, investigation (§35–69): acknowledged (mostly by day 3), points agreed, some extended
 * by a manager (once or twice) with contact updates every 20 working days while extended (§62),
 * signed off by an empowered manager (§65), closed with findings on every point that give the
 * outcome.
 */
export function stageTwo(d: Draft): void {
  const { rng, j, handler, atLocal, id } = d;
  const { settings, organisationId, staff } = d.c;
  if (!d.stage2 || j.stopped) return;
  const d2 = dayOne(d.escalatedMs !== null ? iso(d.escalatedMs) : d.receivedAt, settings);
  const dayN = (n: number) => addWorkingDays(d2, n - 1, settings);
  const outcome = rng.weighted(STAGE2_OUTCOMES);
  const ackRoll = rng.next();
  if (ackRoll < 0.97) {
    const ackDay = ackRoll < 0.88 ? rng.int(1, 3) : rng.int(4, 6);
    j.add(atLocal(dayN(ackDay)), JourneyEventType.acknowledged, 2, {}, handler.id, (at) => ({
      type: 'acknowledged',
      at,
    }));
  }
  if (rng.chance(0.75)) {
    const n = outcome === 'partially_upheld' ? rng.int(2, 4) : rng.int(1, 4);
    const points = rng.sample(T.POINTS, n);
    if (
      j.add(
        j.lastMs + rng.int(60, 240) * 60_000,
        JourneyEventType.points_agreed,
        2,
        pointsAgreedPayload(points),
        handler.id,
      )
    ) {
      d.pointRows = points.map((description, i) => ({
        organisation_id: organisationId,
        id: rng.uuid7(j.lastMs),
        complaint_id: id,
        position: i + 1,
        description,
        finding: null,
        finding_reason: null,
      }));
    }
  }
  let closeDay: number;
  const extensions: { atDay: number; toDay: number }[] = [];
  if (rng.chance(0.22)) {
    const first = rng.int(28, 45);
    extensions.push({ atDay: rng.int(14, 19), toDay: first });
    if (rng.chance(0.25))
      extensions.push({ atDay: first - rng.int(1, 5), toDay: first + rng.int(10, 25) });
    const dueDay = extensions[extensions.length - 1]!.toDay;
    closeDay = rng.chance(0.85) ? rng.int(21, dueDay) : rng.int(dueDay + 1, dueDay + 10);
  } else {
    closeDay = rng.chance(0.8) ? rng.int(8, 20) : rng.int(21, 32);
  }
  // contact updates every 20 working days while extended (§62), skipped now and then
  const updates: string[] = [];
  if (extensions.length > 0) {
    const closeOn = dayN(closeDay);
    for (
      let next = nextUpdateDue(dayN(20), settings);
      next < closeOn;
      next = nextUpdateDue(next, settings)
    ) {
      if (rng.chance(0.85)) updates.push(next);
    }
  }
  const planned: { ms: number; run: () => void }[] = [];
  for (const e of extensions) {
    const dueOn = dayN(e.toDay);
    const by = d.manager().id;
    planned.push({
      ms: atLocal(dayN(e.atDay)),
      run: () => {
        if (
          j.add(atLocal(dayN(e.atDay)), JourneyEventType.extended, 2, {}, by, (at) => ({
            type: 'extended',
            at,
            stage: 2,
            dueOn,
          }))
        ) {
          const step = j.steps[j.steps.length - 1]!;
          step.payload = extensionPayload(
            { type: 'extended', at: iso(step.ms), stage: 2, dueOn },
            rng.pick(T.EXTENSION_REASONS_2),
            by,
          );
        }
      },
    });
  }
  for (const on of updates) {
    const ms = atLocal(on);
    planned.push({
      ms,
      run: () => {
        j.add(
          ms,
          JourneyEventType.contact_update,
          2,
          contactUpdatePayload(rng.pick(T.CONTACT_UPDATES)),
          handler.id,
        );
      },
    });
  }
  planned.sort((a, b) => a.ms - b.ms);
  for (const p of planned) p.run();

  const closedMs = atLocal(dayN(closeDay), rng.int(11 * 60, 17 * 60 + 30));
  const signer = rng.pick(staff.signOff);
  if (
    j.add(
      closedMs - rng.int(20, 150) * 60_000,
      JourneyEventType.signed_off,
      2,
      signOffPayload(signer.id, signer.role),
      signer.id,
    )
  ) {
    // findings on every agreed point make the outcome (unless resolved)
    let findings: { pointId: string; finding: Finding; reason: string }[] = [];
    if (d.pointRows.length > 0 && outcome !== 'resolved') {
      const upheldCount =
        outcome === 'upheld'
          ? d.pointRows.length
          : outcome === 'not_upheld'
            ? 0
            : rng.int(1, d.pointRows.length - 1);
      const order = rng.sample(
        d.pointRows.map((_, i) => i),
        d.pointRows.length,
      );
      const upheld = new Set(order.slice(0, upheldCount));
      findings = d.pointRows.map((p, i) => {
        const finding: Finding = upheld.has(i) ? 'upheld' : 'not_upheld';
        return {
          pointId: p.id,
          finding,
          reason: rng.pick(
            finding === 'upheld' ? T.FINDING_REASONS_UPHELD : T.FINDING_REASONS_NOT_UPHELD,
          ),
        };
      });
      if (stageOutcomeFromFindings(findings.map((f) => f.finding)) !== outcome)
        throw new Error('demo generator: findings do not give the outcome');
    }
    if (closeStage(d, 2, outcome, closedMs, findings, signer.id)) {
      for (const f of findings) {
        const p = d.pointRows.find((x) => x.id === f.pointId)!;
        p.finding = f.finding;
        p.finding_reason = f.reason;
      }
      d.finalOutcome = outcome;
      d.finalClosedOn = localDate(iso(j.lastMs));
    }
  }
}
