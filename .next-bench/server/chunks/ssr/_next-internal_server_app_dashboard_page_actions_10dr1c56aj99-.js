module.exports=[96669,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_dashboard_page_actions_10dr1c56aj99-.js.map