/**
 * News outlets by the domains they publish on, so a pasted link gets the
 * outlet's name ("Reuters", not "reuters.com"). Keep it sorted by name; a
 * subdomain matches its parent domain (edition.cnn.com → cnn.com). Editors can
 * still change the outlet on the form.
 */
const outlets: readonly (readonly [name: string, domains: readonly string[]])[] = [
  ["AFP", ["afp.com"]],
  ["Al Jazeera", ["aljazeera.com", "aljazeera.net"]],
  ["Anadolu Agency", ["aa.com.tr"]],
  ["AP", ["apnews.com", "ap.org"]],
  ["BBC", ["bbc.com", "bbc.co.uk"]],
  ["Bloomberg", ["bloomberg.com"]],
  ["CNN", ["cnn.com"]],
  ["Daily Sabah", ["dailysabah.com"]],
  ["DW", ["dw.com"]],
  ["Euronews", ["euronews.com"]],
  ["Financial Times", ["ft.com"]],
  ["France 24", ["france24.com"]],
  ["Interfax", ["interfax.ru", "interfax.com"]],
  ["Interfax-Ukraine", ["interfax.com.ua"]],
  ["Kremlin", ["kremlin.ru"]],
  ["Kyiv Independent", ["kyivindependent.com"]],
  ["Le Monde", ["lemonde.fr"]],
  ["Meduza", ["meduza.io"]],
  ["NPR", ["npr.org"]],
  ["Politico", ["politico.com", "politico.eu"]],
  ["Press TV", ["presstv.ir", "presstv.com"]],
  ["RFE/RL", ["rferl.org"]],
  ["RIA Novosti", ["ria.ru"]],
  ["RT", ["rt.com"]],
  ["Reuters", ["reuters.com"]],
  ["TASS", ["tass.com", "tass.ru"]],
  ["The Economist", ["economist.com"]],
  ["The Guardian", ["theguardian.com", "guardian.co.uk"]],
  ["The New York Times", ["nytimes.com"]],
  ["The Wall Street Journal", ["wsj.com"]],
  ["The Washington Post", ["washingtonpost.com"]],
  ["UN News", ["news.un.org"]],
  ["Ukrainska Pravda", ["pravda.com.ua"]],
  ["Ukrinform", ["ukrinform.net", "ukrinform.ua"]],
  ["Xinhua", ["xinhuanet.com", "news.cn"]],
];

const byDomain = new Map(outlets.flatMap(([name, domains]) => domains.map((d) => [d, name] as const)));

/** The outlet's name for a host, trying the host and each parent domain; null when unknown. */
export function outletForHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const name = byDomain.get(labels.slice(i).join("."));
    if (name) return name;
  }
  return null;
}
