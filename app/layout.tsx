import type { Metadata, Viewport } from "next";
import "./globals.css";
import { ScrollTopAfterForm } from "@/components/scroll-top-after-form";
import { AppChrome } from "@/components/app-chrome";
import { SiteHeader } from "@/components/site-header";
import { getSessionUser } from "@/server/auth/session";

export const metadata: Metadata = {
  title: { default: "Passage · essay quizzes and discussion", template: "%s · Passage" },
  description: "Quizzes and discussions where every question and answer is anchored to a passage of the reading.",
  // Static files in public/ (made from public/icon.svg by scripts/make-icons.mjs).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#4338ca" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    // data-scroll-behavior: Next turns our smooth scrolling off while it resets the scroll on a navigation.
    // Without it, scrollTop = 0 was animated, Next then saw the new page still off screen and scrolled its
    // first element to the very top, under the sticky header: every page after a form opened ~90 px down.
    <html lang="en" data-scroll-behavior="smooth">
      <body className="min-h-screen">
        <AppChrome
          header={
            <>
              <SiteHeader user={user} />
              <ScrollTopAfterForm />
            </>
          }
        >
          {children}
        </AppChrome>
      </body>
    </html>
  );
}
