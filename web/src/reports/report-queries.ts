// The reports' calls: the list (pages), one report, and making one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { adminKeys } from '../admin/shared/queries.ts';
import type { ReportAnswer } from '../../../src/http/answers.ts';
import type { ReportInput } from '../../../src/reports/create-report.ts';

export type Report = ReportAnswer;


export const useReport = (id: string) => useQuery({ queryKey: ['reports', 'one', id], queryFn: () => api.get<Report>(`/api/v1/reports/${id}`) });

export function useCreateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) => api.post<Report>('/api/v1/reports', input),
    onSuccess: (report) => {
      queryClient.setQueryData(['reports', 'one', report.id], report);
      void queryClient.invalidateQueries({ queryKey: adminKeys.kind('reports') });
    },
  });
}
