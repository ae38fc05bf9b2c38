import { createContext, useContext, type ReactNode } from "react";

const NonceContext = createContext("");

/** Hands the request's CSP nonce to the scripts the server renders. */
export function NonceProvider({ value, children }: { value: string; children: ReactNode }) {
  return <NonceContext.Provider value={value}>{children}</NonceContext.Provider>;
}

export const useNonce = () => useContext(NonceContext);
