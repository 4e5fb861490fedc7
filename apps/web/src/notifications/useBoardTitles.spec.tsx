import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TestProviders } from '../testing/TestProviders';
import { useBoardTitles } from './useBoardTitles';

describe('board titles for notifications', () => {
  it('include archived boards, so a notification about one still names it', async () => {
    const archived = { id: 'board-9', title: 'Campaign 2025', archivedAt: '2026-01-01T00:00:00Z' };
    const requested: string[] = [];
    globalThis.fetch = jest.fn((url: string) => {
      requested.push(url);
      const body = url === '/api/boards?archived=include' ? [{ ...archived, counts: {} }] : [];
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: '',
        json: () => Promise.resolve(body),
      } as Response);
    }) as unknown as typeof fetch;
    const wrapper = ({ children }: { children: ReactNode }) => <TestProviders>{children}</TestProviders>;

    const { result } = renderHook(() => useBoardTitles(true), { wrapper });

    await waitFor(() => expect(result.current.get('board-9')).toBe('Campaign 2025'));
    expect(requested).toEqual(['/api/boards?archived=include']);
  });
});
