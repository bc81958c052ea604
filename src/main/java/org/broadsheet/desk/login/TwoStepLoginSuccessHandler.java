package org.broadsheet.desk.login;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.broadsheet.people.service.TwoFactorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a right password: users without two-step login are logged in as Vaadin would do it;
 * for the others the fresh authentication is taken back out of the security context, parked
 * as a {@link PendingLogin}, and the browser sent to the code page.
 */
public class TwoStepLoginSuccessHandler extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    public static final String DESK_HOME = "/desk/";
    static final String CODE_PAGE = LoginPages.CODE;

    private final ObjectProvider<TwoFactorService> twoFactor;
    private final SecurityContextRepository contexts;
    private final RequestCache requestCache;
    private final Clock clock;
    private final PendingLoginLimit pendingLimit = new PendingLoginLimit();

    public TwoStepLoginSuccessHandler(
            ObjectProvider<TwoFactorService> twoFactor,
            SecurityContextRepository contexts,
            RequestCache requestCache,
            Clock clock) {
        this.twoFactor = twoFactor;
        this.contexts = contexts;
        this.requestCache = requestCache;
        this.clock = clock;
        setDefaultTargetUrl(DESK_HOME);
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (!twoFactor.getObject().enabledForMe()) {
            super.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        String target = saved == null ? DESK_HOME : saved.getRedirectUrl();
        requestCache.removeRequest(request, response);
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        strategy.clearContext();
        contexts.saveContext(strategy.createEmptyContext(), request, response);
        if (!pendingLimit.admit(request.getRemoteAddr())) {
            getRedirectStrategy()
                    .sendRedirect(request, response, LoginPages.LOGIN + "?" + LoginThrottleFilter.THROTTLED_PARAMETER);
            return;
        }
        var session = request.getSession();
        session.setAttribute(PendingLogin.SESSION_ATTRIBUTE, new PendingLogin(authentication, target, clock.instant()));
        // a session that holds only a half-done login lives as long as the code may take
        session.setMaxInactiveInterval((int) PendingLogin.TIME_TO_ENTER_CODE.toSeconds());
        getRedirectStrategy().sendRedirect(request, response, CODE_PAGE);
    }
}
