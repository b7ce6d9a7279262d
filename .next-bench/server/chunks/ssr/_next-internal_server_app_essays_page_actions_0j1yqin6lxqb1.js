module.exports=[3448,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_essays_page_actions_0j1yqin6lxqb1.js.map