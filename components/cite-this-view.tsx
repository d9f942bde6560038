import { Suspense } from "react";
import { type CitedView, viewParamOrder } from "@/lib/citation";
import { getCitationContext } from "@/lib/citation-context";
import { CiteLine } from "./cite-line";

type Props = {
  /** The view's title as a reader would name it. */
  title: string;
  /** The route, e.g. `/events/istanbul-talks`. */
  pathname: string;
  view?: CitedView;
  /**
   * Values the view resolved for parameters the URL left out (the timeline's
   * default window, /compare's default date): written into the permalink so it
   * keeps opening this view after new data moves the defaults.
   */
  pinned?: Record<string, string>;
  /** `pinned` on a phone, when its view differs (the timeline's phone window). */
  pinnedOnPhone?: Record<string, string>;
};

/** "How to cite this view" with the view's permalink and a copy button; every public view shows one. */
export async function CiteThisView({ title, pathname, view = "page", pinned = {}, pinnedOnPhone }: Props) {
  const context = await getCitationContext();
  return (
    <Suspense fallback={null}>
      <CiteLine
        {...context}
        title={title}
        pathname={pathname}
        order={viewParamOrder[view]}
        pinned={pinned}
        pinnedOnPhone={pinnedOnPhone}
      />
    </Suspense>
  );
}
