package org.broadsheet.desk.editor.body;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.broadsheet.base.EmbedLink;

/**
 * A video or post from YouTube, Vimeo or X. Only the site and the item's id are kept: the public
 * page shows a placeholder and loads the other site's player when a reader asks for it.
 */
class EmbedDialog extends BodyDialog {

    final TextField address = new TextField("Address of the video or post");
    final TextField caption = new TextField("Caption");
    private final BodyEditor editor;

    EmbedDialog(BodyEditor editor, BodyEditor.Request current) {
        super(current.get("ref").isEmpty() ? "Embed a video or post" : "Edit embed");
        this.editor = editor;
        address.setPlaceholder("https://www.youtube.com/watch?v=…");
        address.setHelperText("YouTube, Vimeo or X. Readers load it with a click, so nothing is fetched from "
                + "those sites until they choose to.");
        address.setWidthFull();
        address.setValue(current.get("url"));
        caption.setValue(current.get("caption"));
        addToForm(address, caption);
    }

    @Override
    protected boolean applied() {
        Optional<EmbedLink> link = EmbedLink.parse(address.getValue());
        address.setErrorMessage("Use the address of a YouTube or Vimeo video or of a post on X");
        address.setInvalid(link.isEmpty());
        link.ifPresent(embed -> editor.setEmbed(
                embed.provider().key(),
                embed.ref(),
                embed.pageUrl(),
                caption.getValue().strip()));
        return link.isPresent();
    }
}
