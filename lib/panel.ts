/** Opens Askwell's prospect list: Chrome's side panel, or Firefox's sidebar. */

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Must be called synchronously inside the user's click (before any await): both browsers only
 * open the panel in response to a user gesture.
 */
export function openProspectPanel(
  windowId: number | undefined,
  apis: { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi } = globalApis(),
): Promise<void> {
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for Askwell.'));
}

function globalApis(): { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi } {
  const g = globalThis as {
    chrome?: { sidePanel?: SidePanelApi };
    browser?: { sidebarAction?: SidebarActionApi };
  };
  return { sidePanel: g.chrome?.sidePanel, sidebarAction: g.browser?.sidebarAction };
}
