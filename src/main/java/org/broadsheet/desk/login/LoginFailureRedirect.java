package org.broadsheet.desk.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.broadsheet.people.service.LoginLockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a refused login: "wrong username or password" for every failure,
 * except the right password on a locked account, which is told when the lock opens.
 */
public class LoginFailureRedirect implements AuthenticationFailureHandler {

    public static final String LOCKED_PARAMETER = "locked";

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String query = exception instanceof LoginLockedException locked
                ? LOCKED_PARAMETER + "=" + locked.until().getEpochSecond()
                : "error";
        response.sendRedirect(request.getContextPath() + "/desk/login?" + query);
    }
}
