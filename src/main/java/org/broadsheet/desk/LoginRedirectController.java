package org.broadsheet.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /login} is where people type it; the desk's login lives under {@code /desk}. */
@Controller
class LoginRedirectController {

    @GetMapping("/login")
    String login() {
        return "redirect:/desk/login";
    }
}
