import type { ReactNode } from 'react';

/** The frame of the pages seen before signing in: the brand, then the page's heading and body. */
export function SignedOutPage({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="sign-in-page">
      <header className="app-header">
        <p className="brand">CHP Insight</p>
      </header>
      <main id="main" className="sign-in">
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
