package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuthorProfile;
import org.jspecify.annotations.Nullable;

/**
 * An author's photo on their page: a library picture in the widths it has (the smallest fills the
 * small circle), or the address the profile gives.
 */
@Tag("picture")
public class AuthorPhoto extends Component {

    private static final String SIZES = "6rem";

    public AuthorPhoto(AuthorProfile author, @Nullable MediaView picture) {
        if (picture != null) {
            ResponsivePicture.fill(getElement(), picture, author.name(), false, SIZES);
        } else {
            getElement()
                    .appendChild(ResponsivePicture.img(
                            java.util.Objects.requireNonNull(author.photoUrl()), author.name(), false, SIZES));
        }
        getElement()
                .getChildren()
                .filter(child -> child.getTag().equals("img"))
                .forEach(img -> img.setAttribute("class", "author-photo"));
    }
}
