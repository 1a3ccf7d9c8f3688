// Time spent on a ticket (DOMAIN.md §10), counted while its page is open: `start` on opening, a
// `heartbeat` every 30 seconds, `stop` on leaving (also when the tab is closed). The clock shown
// ticks every second from the server's last total.
import { useEffect, useState } from 'react';
import { api } from '../../api.ts';

const HEARTBEAT_MS = 30_000;

interface Base {
  seconds: number;
  at: number;
}

/** The running total of seconds, starting from `initialSeconds` until the server answers. */
export function useTimeSpent(number: number, initialSeconds: number | undefined): number | undefined {
  const [base, setBase] = useState<Base | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let active = true;
    const send = (event: 'start' | 'heartbeat' | 'stop') =>
      api.post<{ timeSpentSeconds: number }>(`/api/v1/tickets/${number}/time`, { event }, { keepalive: event === 'stop' });
    const track = (event: 'start' | 'heartbeat') =>
      send(event)
        .then((answer) => {
          if (active) setBase({ seconds: answer.timeSpentSeconds, at: Date.now() });
        })
        .catch(() => {
          // time tracking never gets in the way of working the ticket
        });
    void track('start');
    const heartbeat = window.setInterval(() => void track('heartbeat'), HEARTBEAT_MS);
    const leave = () => void send('stop').catch(() => {});
    window.addEventListener('pagehide', leave);
    return () => {
      active = false;
      window.clearInterval(heartbeat);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [number]);

  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);

  if (base) return base.seconds + Math.max(0, Math.floor((now - base.at) / 1000));
  return initialSeconds;
}
