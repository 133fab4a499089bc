import type { ReactNode } from 'react';

export const metadata = { title: 'chronoline in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ width: 1000 }}>{children}</body>
    </html>
  );
}
