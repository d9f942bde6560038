import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parley — peace talks tracker", template: "%s · Parley" },
  description:
    "Who met where and when, what each side said it will never give up, and how positions moved — every claim tied to its source.",
  openGraph: { siteName: "Parley", type: "website" },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <DemoBanner />
        {children}
      </body>
    </html>
  );
}
