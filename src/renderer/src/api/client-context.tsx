import { createContext, useContext, type ReactNode } from 'react';
import type { AisleClient } from './aisle-client';

const ClientContext = createContext<AisleClient | null>(null);

export const ClientProvider = ({ client, children }: { client: AisleClient; children: ReactNode }) => (
  <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
);

export const useClient = (): AisleClient => {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientProvider>.');
  return client;
};
