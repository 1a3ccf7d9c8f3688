// One staff action over several selected tickets (the list's selection), each in its own change:
// which were done, and which were refused with their code and sentence.
import { DomainError } from '../domain/errors.ts';

export interface EachTicketOutcome {
  done: number[];
  failed: { number: number; code: string; message: string }[];
}

/** Runs `run` on every number in turn; a refusal (DomainError) is reported, anything else thrown. */
export async function eachTicket(numbers: readonly number[], run: (number: number) => Promise<unknown>): Promise<EachTicketOutcome> {
  const done: number[] = [];
  const failed: EachTicketOutcome['failed'] = [];
  for (const n of numbers) {
    try {
      await run(n);
      done.push(n);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failed.push({ number: n, code: error.code, message: error.message });
    }
  }
  return { done, failed };
}
